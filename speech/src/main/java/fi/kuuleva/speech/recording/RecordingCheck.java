package fi.kuuleva.speech.recording;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.rate.SpeakingTime;
import fi.kuuleva.speech.rate.Syllables;
import fi.kuuleva.survey.Language;
import java.util.Locale;

/**
 * Whether a recording can stand for a prompt's text: not silent (at least {@link #MIN_SPEECH_SECONDS} of sound over
 * {@link SpeakingTime#SILENCE_DBFS}), not clipped (more than {@link #MAX_CLIPPED_SHARE} of its samples at full
 * scale), and not too long for the text: its span from first to last sound at most the text read at
 * {@link #SLOWEST_SYLLABLES_PER_SECOND} plus {@link #SLACK_SECONDS}. Stateless.
 */
public final class RecordingCheck {

    static final double MIN_SPEECH_SECONDS = 0.3;
    static final double MAX_CLIPPED_SHARE = 0.001;
    static final double SLOWEST_SYLLABLES_PER_SECOND = 2.0;
    static final double SLACK_SECONDS = 2.0;
    private static final int FULL_SCALE = 32700;

    private RecordingCheck() {
    }

    /** Refuses {@code pcm} with the first reason it fails, naming the measure and the limit. */
    public static void check(Pcm pcm, String text, Language language) throws RefusedRecording {
        SpeakingTime time = SpeakingTime.of(pcm);
        if (time.speechSeconds() < MIN_SPEECH_SECONDS) {
            throw new RefusedRecording("silent: no speech louder than " + (int) SpeakingTime.SILENCE_DBFS
                    + " dBFS was found; check the microphone and record again");
        }
        int clipped = 0;
        for (short sample : pcm.samples()) {
            if (sample >= FULL_SCALE || sample <= -FULL_SCALE) {
                clipped++;
            }
        }
        double share = (double) clipped / Math.max(1, pcm.samples().length);
        if (share > MAX_CLIPPED_SHARE) {
            throw new RefusedRecording(String.format(Locale.ROOT, "clipped: %.1f %% of the samples are at full"
                    + " scale (distorted); record again with the input level lower", share * 100));
        }
        double allowed = Syllables.count(text, language) / SLOWEST_SYLLABLES_PER_SECOND + SLACK_SECONDS;
        if (time.spanSeconds() > allowed) {
            throw new RefusedRecording(String.format(Locale.ROOT, "too long for its text: %.1f s of speech where"
                    + " the text read slowly takes at most %.1f s; is it the right prompt?", time.spanSeconds(),
                    allowed));
        }
    }
}
