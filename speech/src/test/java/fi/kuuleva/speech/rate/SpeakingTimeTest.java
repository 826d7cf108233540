package fi.kuuleva.speech.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.speech.audio.Pcm;
import org.junit.jupiter.api.Test;

/** Speech span and time measured on made-up signals whose sounds and silences are known to the sample. */
class SpeakingTimeTest {

    private static final int RATE = 8000;

    @Test
    void leavesOutEdgesAlwaysAndPausesOfAtLeast150Milliseconds() {
        Pcm pcm = silence(300).append(tone(1000)).append(silence(60)).append(tone(500)).append(silence(400))
                .append(tone(500)).append(silence(700));
        SpeakingTime time = SpeakingTime.of(pcm);

        assertEquals(2.46, time.spanSeconds(), 0.011, "1000 + 60 + 500 + 400 + 500 ms");
        assertEquals(2.06, time.speechSeconds(), 0.011, "the 60 ms gap stays, the 400 ms pause goes");
        assertEquals(10 / 2.06, time.articulationRate(10), 0.03);
        assertEquals(10 / 2.46, time.speakingRate(10), 0.03);
    }

    @Test
    void silenceHasNoSpeech() {
        assertEquals(new SpeakingTime(0, 0), SpeakingTime.of(silence(500)));
    }

    private static Pcm tone(int millis) {
        short[] samples = new short[millis * RATE / 1000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (8000 * Math.sin(2 * Math.PI * 300 * i / RATE));
        }
        return new Pcm(samples, RATE);
    }

    private static Pcm silence(int millis) {
        return Pcm.silence(millis, RATE);
    }
}
