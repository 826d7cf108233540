package fi.kuuleva.speech.asr;

import fi.kuuleva.survey.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Phrases callers say instead of an answer ("hello", "what", "I don't know"), per language, from
 * {@code decoys-<lang>.txt} beside this class. A grammar of only the answers plus {@code [unk]} hears "hello" as a
 * confident "no"; with the decoys competing, it hears "hello". Empty for a language without a list. Stateless.
 */
public final class Decoys {

    private Decoys() {
    }

    public static Set<String> of(Language language) {
        Set<String> words = new LinkedHashSet<>();
        try (InputStream in = Decoys.class.getResourceAsStream("decoys-" + language.code() + ".txt")) {
            if (in == null) {
                return Set.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
