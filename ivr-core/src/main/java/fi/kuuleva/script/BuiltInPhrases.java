package fi.kuuleva.script;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.kuuleva.flow.Phrase;
import fi.kuuleva.flow.Phrases;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The wording Kuuleva ships for every {@link Phrase}: {@code phrases.yaml} beside this class, read on first use and
 * shared. This is the default loader that the edges hand to the engine; the engine itself reads no files.
 * Thread-safe.
 */
public final class BuiltInPhrases {

    private BuiltInPhrases() {
    }

    /** The shipped wording; a broken {@code phrases.yaml} fails here, at the first engine built. */
    public static Phrases phrases() {
        return Loaded.PHRASES;
    }

    /** Reads wording laid out as {@code phrases.yaml}: phrase name, then language code, then the text. */
    static Phrases read(InputStream yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        Map<Phrase, Map<Language, String>> texts = new EnumMap<>(Phrase.class);
        for (Phrase phrase : Phrase.values()) {
            Map<Language, String> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                JsonNode text = root == null ? null : root.path(phrase.scriptName()).path(language.code());
                if (text != null && text.isTextual()) {
                    byLanguage.put(language, text.asText());
                }
            }
            texts.put(phrase, byLanguage);
        }
        return new Phrases(texts);
    }

    /** Holds the shipped wording; the JVM loads it once, on first use. */
    private static final class Loaded {

        static final Phrases PHRASES = load();

        private static Phrases load() {
            try (InputStream in = BuiltInPhrases.class.getResourceAsStream("phrases.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("phrases.yaml is missing beside " + BuiltInPhrases.class);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read phrases.yaml", e);
            }
        }
    }
}
