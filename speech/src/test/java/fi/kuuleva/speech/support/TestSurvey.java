package fi.kuuleva.speech.support;

import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.survey.Survey;
import java.nio.file.Path;
import java.net.URISyntaxException;

/** The three-language test survey under src/test/resources. */
public final class TestSurvey {

    private TestSurvey() {
    }

    public static Path script() {
        try {
            return Path.of(TestSurvey.class.getResource("/wellbeing-test.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Survey survey() {
        try {
            return SurveyScripts.read(script());
        } catch (Exception e) {
            throw new IllegalStateException("the test survey does not read: " + e, e);
        }
    }
}
