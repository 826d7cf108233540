package fi.kuuleva.speech.rate;

import fi.kuuleva.speech.audio.Pcm;

/**
 * How long a piece of synthesized speech sounds: {@code spanSeconds} from its first to its last sound (leading and
 * trailing silence excluded) and {@code speechSeconds}, the span without the pauses in it (silences of at least
 * {@link #PAUSE_MILLIS}; the shorter gaps of stop consonants stay in). Measured in 10 ms frames; a frame is silent
 * below {@link #SILENCE_DBFS}, well under speech and well over the synthesizers' digital silence.
 */
public record SpeakingTime(double spanSeconds, double speechSeconds) {

    public static final int PAUSE_MILLIS = 150;
    public static final double SILENCE_DBFS = -45;
    private static final int FRAME_MILLIS = 10;

    public static SpeakingTime of(Pcm pcm) {
        int frame = pcm.sampleRate() * FRAME_MILLIS / 1000;
        int frames = pcm.length() / frame;
        boolean[] sound = new boolean[frames];
        double threshold = Math.pow(10, SILENCE_DBFS / 20) * 32768;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * frame; i < (f + 1) * frame; i++) {
                sum += (double) pcm.samples()[i] * pcm.samples()[i];
            }
            sound[f] = Math.sqrt(sum / frame) >= threshold;
        }
        int first = 0;
        while (first < frames && !sound[first]) {
            first++;
        }
        int last = frames - 1;
        while (last > first && !sound[last]) {
            last--;
        }
        if (first == frames) {
            return new SpeakingTime(0, 0);
        }
        int pauseFrames = 0;
        int run = 0;
        for (int f = first; f <= last; f++) {
            run = sound[f] ? 0 : run + 1;
            if (run == PAUSE_MILLIS / FRAME_MILLIS) {
                pauseFrames += run;
            } else if (run > PAUSE_MILLIS / FRAME_MILLIS) {
                pauseFrames++;
            }
        }
        int span = last - first + 1;
        return new SpeakingTime(span * FRAME_MILLIS / 1000.0, (span - pauseFrames) * FRAME_MILLIS / 1000.0);
    }

    /** Syllables per second of speech, pauses left out (the articulation rate). */
    public double articulationRate(int syllables) {
        return syllables / speechSeconds;
    }

    /** Syllables per second of the whole span, pauses included (the speaking rate a listener follows). */
    public double speakingRate(int syllables) {
        return syllables / spanSeconds;
    }
}
