package fi.kuuleva.speech;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.speech.prompt.PromptFile;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.survey.Settings.Voice;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Speaks each prompt a console play-through plays into a numbered file, {@code DIR/001-intro.wav},
 * {@code DIR/002-question_loneliness.wav}, {@code DIR/003-question_loneliness-slow.wav}, so an officer can listen
 * to a survey in order without a phone. Files come from the prompt cache. Safe to call from several threads (numbers
 * stay unique); an I/O failure is thrown as {@link UncheckedIOException}.
 */
public final class PromptSpeaker implements Consumer<Prompt> {

    private final PromptFiles files;
    private final Voice voice;
    private final Path dir;
    private final AtomicInteger played = new AtomicInteger();

    public PromptSpeaker(PromptFiles files, Voice voice, Path dir) {
        this.files = files;
        this.voice = voice;
        this.dir = dir;
    }

    /** A speaker for {@code survey} configured from the environment ({@link SpeechConfig#fromEnvironment}). */
    public static PromptSpeaker forSurvey(Survey survey, Path dir) {
        PromptFiles files = Speech.promptFiles(SpeechConfig.fromEnvironment(System.getenv()));
        files.check(survey.languages());
        return new PromptSpeaker(files, survey.settings().voice(), dir);
    }

    @Override
    public void accept(Prompt prompt) {
        try {
            PromptFile file = files.fileFor(prompt, voice);
            String extension = file.format().name().startsWith("WAV") ? "wav" : file.format().extension();
            String name = String.format("%03d-%s%s.%s", played.incrementAndGet(), prompt.id().replace('/', '_'),
                    prompt.slow() ? "-slow" : "", extension);
            Files.createDirectories(dir);
            Files.copy(file.file(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not speak prompt " + prompt.id() + ": " + e.getMessage(), e);
        }
    }
}
