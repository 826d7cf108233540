package fi.kuuleva.speech.audio;

/**
 * Trims leading and trailing silence to fixed margins, so prompts played back to back have the pauses the survey's
 * voice settings ask for and no more. Stateless and thread-safe.
 */
public final class Silence {

    /** Samples quieter than about -50 dBFS count as silence. */
    private static final int THRESHOLD = 100;

    private Silence() {
    }

    /** {@code pcm} with at most {@code leadMillis} before its first and {@code tailMillis} after its last sound. */
    public static Pcm trim(Pcm pcm, int leadMillis, int tailMillis) {
        short[] samples = pcm.samples();
        int first = 0;
        while (first < samples.length && Math.abs(samples[first]) < THRESHOLD) {
            first++;
        }
        if (first == samples.length) {
            return pcm;
        }
        int last = samples.length - 1;
        while (last > first && Math.abs(samples[last]) < THRESHOLD) {
            last--;
        }
        int from = Math.max(0, first - leadMillis * pcm.sampleRate() / 1000);
        int to = Math.min(samples.length, last + 1 + tailMillis * pcm.sampleRate() / 1000);
        Pcm trimmed = pcm.slice(from, to);
        int missingTail = tailMillis * pcm.sampleRate() / 1000 - (to - last - 1);
        return missingTail > 0 ? trimmed.append(new Pcm(new short[missingTail], pcm.sampleRate())) : trimmed;
    }
}
