package fi.kuuleva.speech.tts;

import fi.kuuleva.survey.Language;

/**
 * One text to synthesize: in {@code language}, at the engine's own rate setting {@code wordsPerMinute} (espeak-ng's
 * {@code -s}, FreeTTS's rate; {@link RateCurve} maps syllables/s to it), with {@code sentencePauseMillis} of silence
 * between sentences (older listeners need both slower speech and clear breaks).
 */
public record SpeechRequest(String text, Language language, int wordsPerMinute, int sentencePauseMillis) {

    public SpeechRequest {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("nothing to say: the text is empty");
        }
        if (wordsPerMinute < 40 || wordsPerMinute > 400) {
            throw new IllegalArgumentException("speech rate " + wordsPerMinute + " words/min is out of 40-400");
        }
        if (sentencePauseMillis < 0 || sentencePauseMillis > 5000) {
            throw new IllegalArgumentException("sentence pause " + sentencePauseMillis + " ms is out of 0-5000");
        }
    }
}
