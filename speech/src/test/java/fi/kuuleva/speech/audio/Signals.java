package fi.kuuleva.speech.audio;

/** Test signals. */
final class Signals {

    private Signals() {
    }

    static Pcm sine(double hz, double dbfs, int millis, int rate) {
        short[] samples = new short[millis * rate / 1000];
        double amplitude = 32767 * Math.pow(10, dbfs / 20);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return new Pcm(samples, rate);
    }

    /** Dominant frequency by zero crossings. */
    static double frequency(Pcm pcm) {
        int crossings = 0;
        short[] s = pcm.samples();
        for (int i = 1; i < s.length; i++) {
            if ((s[i - 1] < 0) != (s[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / (s.length / (double) pcm.sampleRate());
    }
}
