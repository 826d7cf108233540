package fi.kuuleva.speech.prompt;

import fi.kuuleva.speech.audio.PromptFormat;
import java.nio.file.Path;

/**
 * A prompt ready to play: {@code file} in {@code format}, from an officer's recording or synthesized.
 * {@link #asteriskPath()} is what Asterisk's Playback / STREAM FILE take: the path without the extension.
 */
public record PromptFile(Path file, PromptFormat format, boolean recorded) {

    public String asteriskPath() {
        String name = file.toString();
        return name.substring(0, name.length() - format.extension().length() - 1);
    }
}
