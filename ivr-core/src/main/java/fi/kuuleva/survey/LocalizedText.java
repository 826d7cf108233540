package fi.kuuleva.survey;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** A text an officer wrote in each language of a survey. Immutable. */
public record LocalizedText(Map<Language, String> texts) {

    public LocalizedText {
        texts = texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(texts));
    }

    public static LocalizedText of(Language language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** The text in {@code language}; the script validator guarantees it exists for every survey language. */
    public String in(Language language) {
        String text = texts.get(language);
        if (text == null) {
            throw new IllegalArgumentException("no text in " + language + " (have " + texts.keySet() + ")");
        }
        return text;
    }

    public boolean has(Language language) {
        String text = texts.get(language);
        return text != null && !text.isBlank();
    }

    public Set<Language> languages() {
        return texts.keySet();
    }
}
