package fi.kuuleva.speech.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SilenceTest {

    @Test
    void trimsLongSilencesToTheMargins() {
        Pcm padded = Pcm.silence(1000, 8000).append(Signals.sine(300, -10, 500, 8000)).append(Pcm.silence(900, 8000));

        Pcm trimmed = Silence.trim(padded, 50, 150);

        assertEquals(700, trimmed.durationMillis(), 2);
    }

    @Test
    void padsAShortTailUpToTheMargin() {
        Pcm abrupt = Signals.sine(300, -10, 500, 8000);

        assertEquals(650, Silence.trim(abrupt, 50, 150).durationMillis(), 2);
    }
}
