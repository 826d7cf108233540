package fi.kuuleva.flow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.kuuleva.survey.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The built-in wording of every {@link Phrase} in every language, loaded once from {@code phrases.yaml}. */
final class Phrases {

    private static final Map<Phrase, Map<Language, String>> BUILT_IN = load();

    private Phrases() {
    }

    static String builtIn(Phrase phrase, Language language) {
        return BUILT_IN.get(phrase).get(language);
    }

    private static Map<Phrase, Map<Language, String>> load() {
        try (InputStream in = Phrases.class.getResourceAsStream("phrases.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<Phrase, Map<Language, String>> phrases = new EnumMap<>(Phrase.class);
            for (Phrase phrase : Phrase.values()) {
                Map<Language, String> texts = new EnumMap<>(Language.class);
                for (Language language : Language.values()) {
                    JsonNode text = root.path(phrase.scriptName()).path(language.code());
                    if (!text.isTextual()) {
                        throw new IllegalStateException("phrases.yaml lacks " + phrase.scriptName() + "." + language);
                    }
                    texts.put(language, text.asText());
                }
                phrases.put(phrase, texts);
            }
            return phrases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read phrases.yaml", e);
        }
    }
}
