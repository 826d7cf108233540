package fi.kuuleva.speech.support;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.audio.Resampler;

/** Makes audio sound like a phone line: 8 kHz, band-passed to 300-3400 Hz (two biquads each side). */
public final class TelephoneLine {

    private TelephoneLine() {
    }

    public static Pcm of(Pcm pcm) {
        Pcm narrow = Resampler.convert(pcm, 8000);
        double[] x = new double[narrow.length()];
        for (int i = 0; i < x.length; i++) {
            x[i] = narrow.samples()[i];
        }
        for (int pass = 0; pass < 2; pass++) {
            x = biquad(x, highPass(300, 8000));
            x = biquad(x, lowPass(3400, 8000));
        }
        short[] out = new short[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(x[i])));
        }
        return new Pcm(out, 8000);
    }

    private static double[] highPass(double fc, double rate) {
        double w0 = 2 * Math.PI * fc / rate;
        double alpha = Math.sin(w0) / (2 * Math.sqrt(0.5));
        double cos = Math.cos(w0);
        return norm((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    private static double[] lowPass(double fc, double rate) {
        double w0 = 2 * Math.PI * fc / rate;
        double alpha = Math.sin(w0) / (2 * Math.sqrt(0.5));
        double cos = Math.cos(w0);
        return norm((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
    }

    private static double[] norm(double b0, double b1, double b2, double a0, double a1, double a2) {
        return new double[] {b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0};
    }

    private static double[] biquad(double[] x, double[] c) {
        double[] y = new double[x.length];
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
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
