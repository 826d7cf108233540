package fi.kuuleva.speech.prompt;

import fi.kuuleva.flow.Prompt;
import fi.kuuleva.flow.PromptBook;
import fi.kuuleva.script.BuiltInPhrases;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prepares every prompt a call of a survey version can play, in every language of the survey and at both rates,
 * before the first call. Checks the synthesizers first, so a missing engine or voice fails here and not in a call.
 * Runs {@code threads} syntheses at once on a pool of its own; thread-safe.
 */
public final class PromptPreparer {

    private final PromptFiles files;
    private final int threads;

    public PromptPreparer(PromptFiles files, int threads) {
        this.files = files;
        this.threads = Math.max(1, threads);
    }

    public PromptPreparer(PromptFiles files) {
        this(files, Runtime.getRuntime().availableProcessors());
    }

    /** Every prompt of {@code survey} in every one of its languages. */
    public PromptManifest prepare(Survey survey) throws IOException {
        return prepare(survey, survey.languages());
    }

    public PromptManifest prepare(Survey survey, List<Language> languages) throws IOException {
        files.check(languages);
        Set<Prompt> prompts = new LinkedHashSet<>();
        for (Language language : languages) {
            prompts.addAll(new PromptBook(survey, language, BuiltInPhrases.phrases()).all());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, prompts.size()));
        try {
            List<Future<PromptFile>> futures = new ArrayList<>();
            for (Prompt prompt : prompts) {
                futures.add(pool.submit(() -> files.fileFor(survey.id(), prompt, survey.settings().voice())));
            }
            Map<Prompt, PromptFile> prepared = new LinkedHashMap<>();
            int i = 0;
            for (Prompt prompt : prompts) {
                prepared.put(prompt, result(futures.get(i++), prompt));
            }
            return new PromptManifest(prepared);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PromptFile result(Future<PromptFile> future, Prompt prompt) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing prompt " + prompt.id(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IOException("prompt " + prompt.id() + " (" + prompt.language() + "): " + cause.getMessage(),
                    cause);
        }
    }
}
