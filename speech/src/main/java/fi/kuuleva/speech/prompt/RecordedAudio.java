package fi.kuuleva.speech.prompt;

import fi.kuuleva.speech.audio.Pcm;
import java.io.IOException;

/**
 * One recording of a prompt: {@code identity} changes whenever its audio does (it names the prompt file made from it),
 * and {@code audio} reads it, only when that file is not made yet.
 */
public record RecordedAudio(String identity, Source audio) {

    /** Reads the recording's audio. */
    @FunctionalInterface
    public interface Source {
        Pcm read() throws IOException;
    }
}
