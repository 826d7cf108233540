package fi.kuuleva.admin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.timing.CallTiming;
import fi.kuuleva.speech.timing.Start;
import fi.kuuleva.speech.timing.TimingFigures;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The survey editor and the survey builder show a draft's call timing as {@code ./ivr check SCRIPT --timing} prints it: the example survey
 * pasted into the editor, measured on request, each language and start with the tool's figures; the page passes
 * a11y.js with the table on it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorTimingIT extends BrowserIT implements TestPropertyProvider {

    private static final Path EXAMPLE = Path.of("../examples/kotona-asuminen.yaml");

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.server.port", "-1");
        properties.put("kuuleva.telephony.media-dir", TestDatabase.temporaryDirectory("kuuleva-media").toString());
        return properties;
    }

    @Test
    void theEditorAndTheBuilderShowTheToolsTimingFiguresForEachLanguage() throws Exception {
        String script = Files.readString(EXAMPLE);
        logIn("eeva", Roles.OFFICER);
        browser.go("#/editor");
        browser.find("#script");
        browser.script("const area = document.getElementById('script'); area.value = arguments[0];"
                + " area.dispatchEvent(new Event('input'));", script);
        browser.text("#problem-summary", "Ei virheitä");
        browser.find("#measure-timing").click();
        browser.text("#timing-status", "Kesto mitattu", Duration.ofSeconds(180));

        List<String> tools = toolsRows();
        assertEquals(tools, shownRows());
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("editor-timing");

        // the survey builder edits the same draft and shows the same figures
        browser.go("#/builder");
        browser.text("#b-summary", "Ei virheitä", Duration.ofSeconds(60));
        browser.find("#measure-timing").click();
        browser.text("#timing-status", "Kesto mitattu", Duration.ofSeconds(180));
        assertEquals(tools, shownRows());
        assertEquals(List.of(), browser.accessibilityProblems());
    }

    /** Each language and start of the example as the timing tool measures it. */
    private List<String> toolsRows() throws Exception {
        List<String> expected = new ArrayList<>();
        Survey survey = SurveyScripts.read(EXAMPLE);
        CallTiming tool = new CallTiming(context.getBean(PromptFiles.class));
        for (Language language : survey.languages()) {
            for (Start start : Start.values()) {
                expected.add(row(tool.measure(survey, language, start)));
            }
        }
        return expected;
    }

    private List<String> shownRows() {
        return browser.driver.findElements(By.cssSelector("#timing tbody tr")).stream()
                .map(EditorTimingIT::shown).toList();
    }

    /** The tool's figures of one row ({@code TimingCheck.row}), seconds to tenths. */
    private static String row(TimingFigures figures) {
        return String.format(Locale.ROOT, "%s %s | %.1f | %d | %.1f | %d | %.1f %s | %d", figures.language().code(),
                figures.start().name(), figures.secondsBeforeFirstQuestion(), figures.beforeFirstQuestion(),
                figures.totalSeconds(), figures.played().size(), figures.longest().millis() / 1000.0,
                figures.longest().prompt().id(), figures.keyPresses());
    }

    /** The same figures as the page shows them (Finnish decimal commas read back as points). */
    private static String shown(WebElement row) {
        return row.getAttribute("data-language") + " " + row.getAttribute("data-start") + " | "
                + String.join(" | ", List.of(figure(row, "before"), figure(row, "promptsBefore"), figure(row, "total"),
                figure(row, "prompts"), figure(row, "longest"), figure(row, "keys")));
    }

    private static String figure(WebElement row, String name) {
        return row.findElement(By.cssSelector("[data-figure='" + name + "']")).getText()
                .replace(" s", "").replace(',', '.').replace('\u00a0', ' ').strip();
    }
}
