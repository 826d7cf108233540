package fi.kuuleva.speech.asr;

import fi.kuuleva.flow.SpeechRecognized;
import java.io.IOException;

/** One utterance being recognized. Not thread-safe: feed it from one thread, then {@link #finish()} once. */
public interface Recognition extends AutoCloseable {

    /** Feeds more audio; true once the recognizer has heard the caller stop speaking (an endpoint). */
    boolean accept(short[] samples) throws IOException;

    /** The result for everything fed so far. */
    SpeechRecognized finish() throws IOException;

    @Override
    void close();
}
