package fi.kuuleva.speech.tts;

import fi.kuuleva.speech.audio.Pcm;
import fi.kuuleva.speech.setup.SpeechSetupException;
import fi.kuuleva.survey.Language;
import java.io.IOException;

/**
 * A text-to-speech engine. Implementations are thread-safe; each call returns new audio at the engine's own sample
 * rate (conversion to the telephone format happens later, once, in the prompt pipeline).
 */
public interface Synthesizer {

    /** The engine and its version, e.g. {@code espeak-ng 1.51}; part of every cache key. */
    String engine();

    /** The voice this engine uses for {@code language}; throws {@link SpeechSetupException} if it has none. */
    String voice(Language language);

    /** Checks at startup that {@code language} can really be spoken, with a message naming the fix if not. */
    void check(Language language);

    /** How this engine's rate setting ({@link SpeechRequest#wordsPerMinute}) maps to syllables/s in {@code language}. */
    RateCurve rateCurve(Language language);

    Pcm synthesize(SpeechRequest request) throws IOException;
}
