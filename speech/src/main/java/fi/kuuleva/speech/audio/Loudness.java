package fi.kuuleva.speech.audio;

/**
 * Integrated loudness after ITU-R BS.1770-4 (K-weighting, 400 ms blocks with 75% overlap, absolute gate -70 LUFS,
 * relative gate -10 LU), for mono audio at any sample rate; the K-weighting filters are derived for the rate by the
 * bilinear transform. Audio shorter than one block is measured as one block. Stateless and thread-safe.
 */
public final class Loudness {

    private static final double ABSOLUTE_GATE = -70.0;

    private Loudness() {
    }

    /** Loudness in LUFS; {@code -Infinity} for silence. */
    public static double integrated(Pcm pcm) {
        double[] weighted = kWeighted(pcm);
        int block = Math.min(weighted.length, (int) (0.4 * pcm.sampleRate()));
        if (block == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int hop = Math.max(1, block / 4);
        int count = (weighted.length - block) / hop + 1;
        double[] powers = new double[count];
        for (int b = 0; b < count; b++) {
            double sum = 0;
            for (int i = b * hop; i < b * hop + block; i++) {
                sum += weighted[i] * weighted[i];
            }
            powers[b] = sum / block;
        }
        double relativeGate = loudness(meanAbove(powers, power(ABSOLUTE_GATE))) - 10.0;
        double gate = Math.max(power(ABSOLUTE_GATE), power(relativeGate));
        return loudness(meanAbove(powers, gate));
    }

    private static double meanAbove(double[] powers, double gate) {
        double sum = 0;
        int n = 0;
        for (double p : powers) {
            if (p > gate) {
                sum += p;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    private static double loudness(double power) {
        return -0.691 + 10 * Math.log10(power);
    }

    private static double power(double lufs) {
        return Math.pow(10, (lufs + 0.691) / 10);
    }

    private static double[] kWeighted(Pcm pcm) {
        double[] x = new double[pcm.length()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pcm.samples()[i] / 32768.0;
        }
        double rate = pcm.sampleRate();
        return biquad(biquad(x, highShelf(rate)), highPass(rate));
    }

    /** Stage 1: the head's acoustic effect, a +4 dB shelf from about 1.5 kHz (RBJ form, as pyloudnorm derives it). */
    private static double[] highShelf(double rate) {
        double gainDb = 4.0;
        double q = Math.sqrt(0.5);
        double w0 = 2 * Math.PI * 1500.0 / rate;
        double a = Math.pow(10, gainDb / 40);
        double alpha = Math.sin(w0) / (2 * q);
        double cos = Math.cos(w0);
        double sqrtA = Math.sqrt(a);
        return normalized(
                a * ((a + 1) + (a - 1) * cos + 2 * sqrtA * alpha),
                -2 * a * ((a - 1) + (a + 1) * cos),
                a * ((a + 1) + (a - 1) * cos - 2 * sqrtA * alpha),
                (a + 1) - (a - 1) * cos + 2 * sqrtA * alpha,
                2 * ((a - 1) - (a + 1) * cos),
                (a + 1) - (a - 1) * cos - 2 * sqrtA * alpha);
    }

    /** Stage 2: the RLB high-pass at 38 Hz. */
    private static double[] highPass(double rate) {
        double q = 0.5;
        double w0 = 2 * Math.PI * 38.0 / rate;
        double alpha = Math.sin(w0) / (2 * q);
        double cos = Math.cos(w0);
        return normalized((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    private static double[] normalized(double b0, double b1, double b2, double a0, double a1, double a2) {
        return new double[] {b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0};
    }

    private static double[] biquad(double[] x, double[] c) {
        double[] y = new double[x.length];
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double out = c[0] * x[i] + c[1] * x1 + c[2] * x2 - c[3] * y1 - c[4] * y2;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = out;
            y[i] = out;
        }
        return y;
    }
}
