package fi.kuuleva.survey;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The words that count as one answer when spoken, per language. Empty when the script gives none. */
public record SpeechWords(Map<Language, List<String>> words) {

    public static final SpeechWords NONE = new SpeechWords(Map.of());

    public SpeechWords {
        EnumMap<Language, List<String>> copy = new EnumMap<>(Language.class);
        words.forEach((language, list) -> copy.put(language, List.copyOf(list)));
        words = copy.isEmpty() ? Map.of() : Map.copyOf(copy);
    }

    public List<String> in(Language language) {
        return words.getOrDefault(language, List.of());
    }
}
