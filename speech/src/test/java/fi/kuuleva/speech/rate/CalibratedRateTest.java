package fi.kuuleva.speech.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.speech.Speech;
import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.audio.WavFiles;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Settings.Voice;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A configured rate is what residents hear: prompts not in the calibration corpus, made into telephone files by the
 * calls' PromptFiles with real espeak-ng, measure within 10% of the configured syllables per second.
 */
class CalibratedRateTest {

    private static final Map<Language, List<String>> HELD_OUT = Map.of(
            Language.FI, List.of("Käytätkö kotihoidon palveluja?",
                    "Kuinka tyytyväinen olet terveysaseman palveluihin viimeisen vuoden aikana?",
                    "Jos haluat kuulla kysymyksen uudelleen, paina tähteä.",
                    "Tärkeintä on, että saat apua silloin, kun sitä tarvitset."),
            Language.SV, List.of("Använder du hemvårdens tjänster?",
                    "Hur nöjd är du med hälsostationens tjänster under det senaste året?",
                    "Om du vill höra frågan igen, tryck på stjärna.",
                    "Det viktigaste är att du får hjälp när du behöver den."));

    private static PromptFiles files;

    @BeforeAll
    static void espeak(@TempDir Path cache) {
        Requirements.espeakNg();
        files = Speech.promptFiles(SpeechConfig.defaults(cache));
    }

    @ParameterizedTest(name = "{0} at {1} syllables/s")
    @CsvSource({"fi, 3.5", "fi, 4.5", "sv, 3.5", "sv, 4.5"})
    void theMeasuredRateIsTheConfiguredWithinTenPercent(String code, double configured) throws Exception {
        Language language = Language.fromCode(code).orElseThrow();
        int syllables = 0;
        double seconds = 0;
        for (String text : HELD_OUT.get(language)) {
            Path file = files.fileFor(new Prompt("rate", language, text, false),
                    new Voice(configured, configured, 400)).file();
            syllables += Syllables.count(text, language);
            seconds += SpeakingTime.of(WavFiles.read(file)).spanSeconds();
        }
        double measured = syllables / seconds;
        assertEquals(configured, measured, configured * 0.10,
                language + ": " + syllables + " syllables in " + seconds + " s");
    }
}
