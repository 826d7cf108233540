package fi.kuuleva.speech.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoudnessTest {

    @Test
    void aFullScaleOneKilohertzToneIsMinusThreeLufsAsBs1770Defines() {
        assertEquals(-3.01, Loudness.integrated(Signals.sine(997, 0, 3000, 48000)), 0.1);
        assertEquals(-3.01, Loudness.integrated(Signals.sine(997, 0, 3000, 16000)), 0.3);
        assertEquals(-3.01, Loudness.integrated(Signals.sine(997, 0, 3000, 8000)), 0.5);
    }

    @Test
    void silenceHasNoLoudnessAndIsLeftAlone() {
        Pcm silence = Pcm.silence(1000, 8000);

        assertTrue(Double.isInfinite(Loudness.integrated(silence)));
        assertEquals(silence, LoudnessTarget.TELEPHONE.apply(silence));
    }

    @Test
    void bringsQuietAndLoudAudioToTheTarget() {
        LoudnessTarget target = new LoudnessTarget(-20, -1);

        assertEquals(-20, Loudness.integrated(target.apply(Signals.sine(500, -35, 2000, 8000))), 0.2);
        assertEquals(-20, Loudness.integrated(target.apply(Signals.sine(500, -6, 2000, 8000))), 0.2);
    }

    @Test
    void reachesTheTargetDespitePeaksByLimitingThemNotByStoppingShort() {
        short[] spiky = Signals.sine(500, -30, 2000, 8000).samples();
        for (int i = 0; i < spiky.length; i += 400) {
            spiky[i] = 20000;
        }
        LoudnessTarget target = new LoudnessTarget(-16, -1);

        Pcm out = target.apply(new Pcm(spiky, 8000));

        assertTrue(out.peak() <= 32767 * Math.pow(10, -1 / 20.0) + 1, "peak " + out.peak());
        assertEquals(-16, Loudness.integrated(out), 0.5);
    }
}
