package fi.kuuleva.speech.asr;

import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.survey.Language;
import java.util.Map;
import java.util.Set;

/** The real English model, loaded once for the test classes that share it (about 0.4 s). */
final class EnglishModel {

    private static SpeechLanguages languages;

    private EnglishModel() {
    }

    static synchronized Recognizer recognizer() {
        if (languages == null) {
            languages = SpeechLanguages.load(Map.of(Language.EN, Requirements.englishModel()), Set.of(Language.EN));
        }
        return languages.recognizer(Language.EN).orElseThrow();
    }
}
