package fi.kuuleva.speech.tts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Synthesis with the real FreeTTS kevin16 voice. */
class FreeTtsSynthesizerTest {

    private static FreeTtsSynthesizer freeTts;

    @BeforeAll
    static void loadVoice() {
        freeTts = new FreeTtsSynthesizer();
    }

    @Test
    void speaksEnglishAudiblyAt16Kilohertz() throws IOException {
        Pcm audio = freeTts.synthesize(
                new SpeechRequest("Good day. This is an automated call.", Language.EN, 140, 400));

        assertEquals(16000, audio.sampleRate());
        assertTrue(audio.durationMillis() > 1500, audio.durationMillis() + " ms");
        assertTrue(audio.rmsDbfs() > -40, audio.rmsDbfs() + " dBFS");
    }

    @Test
    void aSlowerRateTakesLongerAndThePauseIsThePauseAsked() throws IOException {
        String text = "Good day. This is an automated call.";
        long normal = freeTts.synthesize(new SpeechRequest(text, Language.EN, 160, 400)).durationMillis();
        long slow = freeTts.synthesize(new SpeechRequest(text, Language.EN, 110, 400)).durationMillis();
        long longPause = freeTts.synthesize(new SpeechRequest(text, Language.EN, 160, 1400)).durationMillis();

        assertTrue(slow > normal * 1.2, "110 wpm " + slow + " ms vs 160 wpm " + normal + " ms");
        assertEquals(1000, longPause - normal, 5);
    }

    @Test
    void refusesFinnishAndSwedishInsteadOfReadingThemInEnglish() {
        for (Language language : new Language[] {Language.FI, Language.SV}) {
            SpeechSetupException e = assertThrows(SpeechSetupException.class,
                    () -> freeTts.synthesize(new SpeechRequest("Hyvää päivää.", language, 140, 400)));
            assertTrue(e.getMessage().contains("FreeTTS speaks English only") && e.getMessage().contains("espeak-ng"),
                    e.getMessage());
            assertThrows(SpeechSetupException.class, () -> freeTts.check(language));
        }
    }
}
