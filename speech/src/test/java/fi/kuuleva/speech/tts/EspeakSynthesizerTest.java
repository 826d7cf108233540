package fi.kuuleva.speech.tts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.speech.support.Requirements;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthesis with the real espeak-ng program. */
class EspeakSynthesizerTest {

    private static final String FI_TWO = "Hyvää päivää. Tämä on hyvinvointialueen automaattinen kyselypuhelu.";
    private static EspeakSynthesizer espeak;

    @BeforeAll
    static void espeakIsInstalled() {
        Requirements.espeakNg();
        espeak = EspeakSynthesizer.withDefaultVoices();
    }

    @Test
    void namesItsVersionForTheCacheKey() {
        assertTrue(espeak.engine().matches("espeak-ng \\d+\\.\\d+.*"), espeak.engine());
    }

    @Test
    void speaksEveryLanguageAudibly() throws IOException {
        for (Language language : Language.values()) {
            espeak.check(language);
            Pcm audio = espeak.synthesize(new SpeechRequest(text(language), language, 140, 400));
            assertTrue(audio.durationMillis() > 1000, language + ": " + audio.durationMillis() + " ms");
            assertTrue(audio.rmsDbfs() > -40, language + " is too quiet: " + audio.rmsDbfs() + " dBFS");
        }
    }

    @Test
    void longerTextTakesLongerAndAFasterRateTakesLess() throws IOException {
        long one = duration("Hyvää päivää.", 140, 400);
        long two = duration(FI_TWO, 140, 400);
        long twoFast = duration(FI_TWO, 200, 400);

        assertTrue(two > one * 2, one + " ms vs " + two + " ms");
        assertTrue(twoFast < two * 0.85, "200 wpm " + twoFast + " ms vs 140 wpm " + two + " ms");
    }

    @Test
    void theSentencePauseIsThePauseAsked() throws IOException {
        long short_ = duration(FI_TWO, 140, 100);
        long long_ = duration(FI_TWO, 140, 1100);

        assertEquals(1000, long_ - short_, 60);
    }

    @Test
    void finnishAndSwedishVoicesReallyDiffer() throws IOException {
        String same = "Anna Maria Karlsson";
        Pcm finnish = espeak.synthesize(new SpeechRequest(same, Language.FI, 140, 400));
        Pcm swedish = espeak.synthesize(new SpeechRequest(same, Language.SV, 140, 400));

        assertNotEquals(finnish, swedish);
        assertEquals("fi", espeak.voice(Language.FI));
        assertEquals("sv", espeak.voice(Language.SV));
    }

    @Test
    void passesTheConfiguredVoiceAndRateToTheProgram(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("args");
        Path wrapper = dir.resolve("espeak-wrapper");
        Files.writeString(wrapper, "#!/bin/sh\necho \"$@\" >> " + log + "\nexec espeak-ng \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        EspeakSynthesizer wrapped = new EspeakSynthesizer(wrapper.toString(), Map.of(Language.SV, "sv+f3"));

        wrapped.synthesize(new SpeechRequest("Hej.", Language.SV, 123, 400));

        assertTrue(Files.readString(log).contains("-m -v sv+f3 -s 123 --stdout"), Files.readString(log));
    }

    @Test
    void anUnknownVoiceIsASetupErrorNamingTheFix() {
        EspeakSynthesizer wrong = new EspeakSynthesizer("espeak-ng", Map.of(Language.FI, "suomi-xx"));

        SpeechSetupException e = assertThrows(SpeechSetupException.class, () -> wrong.check(Language.FI));

        assertTrue(e.getMessage().contains("no voice 'suomi-xx'") && e.getMessage().contains("espeak-ng --voices"),
                e.getMessage());
    }

    @Test
    void aLanguageWithoutAVoiceIsASetupErrorNotAnotherLanguage() {
        EspeakSynthesizer englishOnly = new EspeakSynthesizer("espeak-ng", Map.of(Language.EN, "en-gb"));

        SpeechSetupException e = assertThrows(SpeechSetupException.class,
                () -> englishOnly.synthesize(new SpeechRequest("Hei.", Language.FI, 140, 400)));

        assertTrue(e.getMessage().contains("no espeak-ng voice is configured for language 'fi'"), e.getMessage());
    }

    @Test
    void aMissingProgramIsASetupErrorNamingThePackage() {
        SpeechSetupException e = assertThrows(SpeechSetupException.class,
                () -> new EspeakSynthesizer("/nonexistent/espeak-ng", EspeakSynthesizer.DEFAULT_VOICES));

        assertTrue(e.getMessage().contains("apt-get install espeak-ng"), e.getMessage());
    }

    @Test
    void escapesTextForSsml() {
        String ssml = EspeakSynthesizer.ssml(new SpeechRequest("A & B < C. Next one.", Language.EN, 140, 250));

        assertEquals("<speak>A &amp; B &lt; C.<break time=\"250ms\"/> Next one.</speak>", ssml);
    }

    private static long duration(String text, int rate, int pause) throws IOException {
        return fi.kuuleva.speech.audio.Silence.trim(
                espeak.synthesize(new SpeechRequest(text, Language.FI, rate, pause)), 0, 0).durationMillis();
    }

    private static String text(Language language) {
        return switch (language) {
            case FI -> FI_TWO;
            case SV -> "God dag. Det här är ett automatiskt samtal.";
            case EN -> "Good day. This is an automated call.";
        };
    }
}
