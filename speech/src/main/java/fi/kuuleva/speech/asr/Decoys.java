package fi.kuuleva.speech.asr;

import fi.kuuleva.survey.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Phrases callers say instead of an answer ("hello", "what", "I don't know"), per language: from {@code decoys.txt}
 * in the model's folder if a county put one there, else from {@code decoys-<lang>.txt} beside this class. A grammar of
 * only the answers plus {@code [unk]} hears "hello" as a confident "no"; {@link VoskRecognizer}'s check pass lets
 * these phrases compete with the answers. Empty for a language without a list. Stateless.
 */
public final class Decoys {

    private Decoys() {
    }

    /** The phrases for {@code language} with a model in {@code modelDir}. */
    public static Set<String> of(Language language, Path modelDir) {
        Path own = modelDir.resolve("decoys.txt");
        if (Files.isRegularFile(own)) {
            try (InputStream in = Files.newInputStream(own)) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(language);
    }

    /** The built-in phrases for {@code language}; empty if there are none. */
    public static Set<String> of(Language language) {
        try (InputStream in = Decoys.class.getResourceAsStream("decoys-" + language.code() + ".txt")) {
            return in == null ? Set.of() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> read(InputStream in) {
        Set<String> phrases = new LinkedHashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.lines().map(line -> line.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(phrases::add);
        return Set.copyOf(phrases);
    }
}
