package fi.kuuleva.speech.audio;

/**
 * Brings a prompt to {@code lufs} integrated loudness with no sample above {@code peakCeilingDbfs}. Speech synthesizers
 * have high peaks, so a plain gain would stop at the ceiling several LU short of the target (measured: median -19.7,
 * range -22 to -18 LUFS for a survey's espeak-ng prompts); instead the gain is applied and the few peaks above the
 * ceiling are pulled down by a 5 ms look-ahead limiter, measuring again up to four times, so every prompt of a call
 * sounds equally loud, recorded or synthesized. Immutable and thread-safe.
 */
public record LoudnessTarget(double lufs, double peakCeilingDbfs) {

    /** -18 LUFS with peaks at most -1 dBFS: clear on a handset after G.711 coding without clipping. */
    public static final LoudnessTarget TELEPHONE = new LoudnessTarget(-18.0, -1.0);

    private static final int ROUNDS = 4;
    private static final int WINDOW_MILLIS = 5;

    public Pcm apply(Pcm pcm) {
        double[] x = new double[pcm.length()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pcm.samples()[i];
        }
        double ceiling = 32767 * Math.pow(10, peakCeilingDbfs / 20);
        int window = Math.max(1, pcm.sampleRate() * WINDOW_MILLIS / 1000);
        for (int round = 0; round < ROUNDS; round++) {
            double measured = Loudness.integrated(toPcm(x, pcm.sampleRate()));
            if (Double.isInfinite(measured)) {
                return pcm;
            }
            if (round > 0 && Math.abs(lufs - measured) < 0.1) {
                break;
            }
            double gain = Math.pow(10, (lufs - measured) / 20);
            for (int i = 0; i < x.length; i++) {
                x[i] *= gain;
            }
            limit(x, ceiling, window);
        }
        return toPcm(x, pcm.sampleRate());
    }

    /**
     * Gain per sample: the sliding minimum of the gain each sample needs over the next {@code window} samples,
     * averaged over the last {@code window}. Every average includes the sample's own need, so no sample ends above
     * the ceiling, and the gain moves smoothly over {@code window} samples.
     */
    static void limit(double[] x, double ceiling, int window) {
        int n = x.length;
        double[] need = new double[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            double peak = Math.abs(x[i]);
            need[i] = peak > ceiling ? ceiling / peak : 1.0;
            any |= need[i] < 1.0;
        }
        if (!any) {
            return;
        }
        double[] lowest = new double[n];
        java.util.ArrayDeque<Integer> deque = new java.util.ArrayDeque<>();
        for (int k = n - 1; k >= 0; k--) {
            while (!deque.isEmpty() && need[deque.peekLast()] >= need[k]) {
                deque.pollLast();
            }
            deque.addLast(k);
            while (deque.peekFirst() > k + window - 1) {
                deque.pollFirst();
            }
            lowest[k] = need[deque.peekFirst()];
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += lowest[i];
            if (i >= window) {
                sum -= lowest[i - window];
            }
            int count = Math.min(i + 1, window);
            double gain = (sum + (window - count)) / window;
            x[i] *= Math.min(gain, need[i]);
        }
    }

    private static Pcm toPcm(double[] x, int rate) {
        short[] out = new short[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Resampler.clip(x[i]);
        }
        return new Pcm(out, rate);
    }
}
