package fi.kuuleva.speech.asr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.survey.Language;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechLanguagesTest {

    @Test
    void languagesWithoutAModelTakeKeysOnlyWithAWarning() {
        try (SpeechLanguages languages = SpeechLanguages.load(Map.of(Language.EN, Requirements.englishModel()),
                Set.of(Language.FI, Language.SV, Language.EN))) {
            assertEquals(Set.of(Language.EN), languages.languages());
            assertTrue(languages.recognizer(Language.FI).isEmpty());
            assertEquals(2, languages.warnings().size());
            assertTrue(languages.warnings().get(0).contains("no speech model for 'fi'"), languages.warnings().get(0));
        }
    }

    @Test
    void noModelsMeansKeypadOnly() {
        try (SpeechLanguages languages = SpeechLanguages.load(Map.of(), Set.of(Language.FI))) {
            assertEquals(Set.of(), languages.languages());
        }
    }

    @Test
    void aConfiguredModelThatIsNotThereIsASetupError(@TempDir Path empty) {
        SpeechSetupException e = assertThrows(SpeechSetupException.class,
                () -> SpeechLanguages.load(Map.of(Language.SV, empty), Set.of(Language.SV)));

        assertTrue(e.getMessage().contains("no Vosk model at " + empty), e.getMessage());
    }

    @Test
    void readsTheModelsSampleRate() {
        assertEquals(16000, SpeechLanguages.modelRate(Requirements.englishModel()));
    }
}
