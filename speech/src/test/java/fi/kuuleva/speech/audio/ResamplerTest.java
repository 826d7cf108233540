package fi.kuuleva.speech.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResamplerTest {

    @Test
    void keepsTheFrequencyAndLevelOfASpeechBandTone() {
        Pcm tone = Signals.sine(1000, -6, 1000, 22050);

        Pcm narrow = Resampler.convert(tone, 8000);

        assertEquals(8000, narrow.length());
        assertEquals(1000, Signals.frequency(narrow), 5);
        assertEquals(tone.rmsDbfs(), narrow.rmsDbfs(), 0.1);
    }

    @Test
    void removesWhatTheLowerRateCannotCarryInsteadOfFoldingItBack() {
        Pcm high = Signals.sine(5000, -6, 1000, 22050);

        Pcm narrow = Resampler.convert(high, 8000);

        assertTrue(narrow.rmsDbfs() < -50,
                "5 kHz at 8 kHz must be attenuated by over 44 dB, got " + narrow.rmsDbfs() + " dBFS");
    }

    @Test
    void upsamplesTelephoneAudioForTheRecognizer() {
        Pcm phone = Signals.sine(440, -12, 500, 8000);

        Pcm wide = Resampler.convert(phone, 16000);

        assertEquals(8000, wide.length());
        assertEquals(440, Signals.frequency(wide), 5);
        assertEquals(phone.rmsDbfs(), wide.rmsDbfs(), 0.1);
    }

    @Test
    void streamingInChunksGivesTheSameSamplesAsAllAtOnce() {
        Pcm tone = Signals.sine(700, -10, 700, 8000);
        Resampler.Stream stream = new Resampler(8000, 16000).stream();
        short[] chunked = new short[0];
        for (int at = 0; at < tone.length(); at += 160) {
            chunked = join(chunked, stream.accept(Arrays.copyOfRange(tone.samples(), at,
                    Math.min(tone.length(), at + 160))));
        }
        chunked = join(chunked, stream.finish());

        assertArrayEquals(Resampler.convert(tone, 16000).samples(), chunked);
    }

    private static short[] join(short[] a, short[] b) {
        short[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
