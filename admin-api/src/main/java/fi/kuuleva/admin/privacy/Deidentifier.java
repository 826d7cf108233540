package fi.kuuleva.admin.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Removes what identifies respondents, in the caller's transaction: their numbers and the rows around them, and their
 * recordings from disk. Files are deleted before the rows that name them change, so a failure leaves the paths for
 * the next try. Thread-safe.
 */
@Singleton
class Deidentifier {

    private final PrivacyRepository repository;

    Deidentifier(PrivacyRepository repository) {
        this.repository = repository;
    }

    @Transactional
    ErasureResult respondents(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return new ErasureResult(0, 0, 0);
        }
        int recordings = delete(repository.recordingsOf(ids));
        long answers = repository.answersOf(ids);
        repository.stripAnswers(ids);
        repository.forgetCallbackNotes(ids);
        return new ErasureResult(repository.eraseNumbers(ids, at), answers, recordings);
    }

    @Transactional
    int recordingsAnsweredBefore(Instant before) {
        List<String> paths = repository.recordingsAnsweredBefore(before);
        int deleted = delete(paths);
        paths.forEach(repository::forgetRecording);
        return deleted;
    }

    /** Deletes the files; returns how many existed. */
    private static int delete(List<String> paths) {
        int deleted = 0;
        for (String path : paths) {
            try {
                deleted += Files.deleteIfExists(Path.of(path)) ? 1 : 0;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete recording " + path, e);
            }
        }
        return deleted;
    }
}
