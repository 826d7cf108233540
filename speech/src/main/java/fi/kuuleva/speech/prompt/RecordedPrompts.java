package fi.kuuleva.speech.prompt;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.speech.audio.WavFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Officers' recordings that replace synthesis: {@code <dir>/<lang>/<prompt id>.wav} (or {@code .aiff}, {@code .au}),
 * e.g. {@code recordings/fi/question/loneliness.wav} for prompt {@code question/loneliness} in Finnish. A recording
 * serves both the normal and the slow rate. Any rate, bit depth and channel count; it is converted on use.
 * Stateless apart from the folder; thread-safe.
 */
public final class RecordedPrompts implements PromptRecordings {

    private static final List<String> EXTENSIONS = List.of("wav", "aiff", "aif", "au");

    private final Optional<Path> dir;

    public RecordedPrompts(Optional<Path> dir) {
        this.dir = dir.map(d -> d.toAbsolutePath().normalize());
    }

    public static RecordedPrompts none() {
        return new RecordedPrompts(Optional.empty());
    }

    /** The recording of {@code prompt} in this folder, whatever the survey. */
    @Override
    public Optional<RecordedAudio> find(String surveyId, Prompt prompt) throws IOException {
        Optional<Path> found = find(prompt);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path file = found.get();
        String identity = file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
        return Optional.of(new RecordedAudio(identity, () -> WavFiles.read(file)));
    }

    /** The recording for {@code prompt}, if the officer made one. */
    public Optional<Path> find(Prompt prompt) {
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Path base = dir.get().resolve(prompt.language().code());
        for (String extension : EXTENSIONS) {
            Path file = base.resolve(prompt.id() + "." + extension).normalize();
            if (file.startsWith(base) && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
