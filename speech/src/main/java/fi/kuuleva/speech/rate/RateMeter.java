package fi.kuuleva.speech.rate;

import fi.kuuleva.speech.tts.SpeechRequest;
import fi.kuuleva.speech.tts.Synthesizer;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.util.List;

/**
 * Measures how fast a synthesizer speaks: the syllables of a set of prompts ({@link Syllables}) over the
 * {@link SpeakingTime} of their audio at one engine setting and sentence pause, summed over the prompts. Spoken with
 * no pause between sentences, {@link MeasuredRate#speaking} is the rate a survey configures; with the survey's pause
 * it is the rate a listener gets including those pauses. Thread-safe as the synthesizer.
 */
public final class RateMeter {

    private final Synthesizer synthesizer;

    public RateMeter(Synthesizer synthesizer) {
        this.synthesizer = synthesizer;
    }

    /** The rates of {@code prompts} spoken at the engine setting {@code wordsPerMinute}, the pause between sentences. */
    public MeasuredRate measure(Language language, List<String> prompts, int wordsPerMinute, int sentencePauseMillis)
            throws IOException {
        int syllables = 0;
        double speech = 0;
        double span = 0;
        for (String prompt : prompts) {
            SpeakingTime time = SpeakingTime.of(synthesizer.synthesize(
                    new SpeechRequest(prompt, language, wordsPerMinute, sentencePauseMillis)));
            syllables += Syllables.count(prompt, language);
            speech += time.speechSeconds();
            span += time.spanSeconds();
        }
        return new MeasuredRate(wordsPerMinute, syllables / speech, syllables / span);
    }

    /**
     * One measurement.
     *
     * @param articulation syllables per second of speech, pauses left out
     * @param speaking     syllables per second from first to last sound, pauses included
     */
    public record MeasuredRate(int wordsPerMinute, double articulation, double speaking) {
    }
}
