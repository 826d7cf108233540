package fi.kuuleva.flow;

import fi.kuuleva.survey.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The spoken phrases that give each answer value of a question, in one language. A recognizer limits itself to
 * {@link #phrases()}; {@link #match(String)} maps what it heard back to a value, or to nothing when it is not
 * exactly one answer.
 */
public record SpeechGrammar(Language language, Map<String, List<String>> phrasesByValue) {

    public SpeechGrammar {
        phrasesByValue = Map.copyOf(phrasesByValue);
    }

    /** Every phrase of the grammar, each once, for the recognizer. */
    public List<String> phrases() {
        Set<String> phrases = new LinkedHashSet<>();
        phrasesByValue.values().forEach(phrases::addAll);
        return new ArrayList<>(phrases);
    }

    /**
     * The one value whose phrase occurs, as whole words, in {@code heard}; empty if none or several do. A phrase
     * inside a longer phrase that also occurs does not count ("easy" in "fairly easy").
     */
    public Optional<String> match(String heard) {
        String words = " " + normalize(heard) + " ";
        Map<String, String> found = new java.util.HashMap<>();
        phrasesByValue.forEach((value, phrases) -> {
            for (String phrase : phrases) {
                String normalized = normalize(phrase);
                if (!normalized.isEmpty() && words.contains(" " + normalized + " ")) {
                    found.put(normalized, value);
                }
            }
        });
        Set<String> values = new LinkedHashSet<>();
        found.forEach((phrase, value) -> {
            boolean inLonger = found.keySet().stream().anyMatch(other -> !other.equals(phrase)
                    && (" " + other + " ").contains(" " + phrase + " "));
            if (!inLonger) {
                values.add(value);
            }
        });
        return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
    }

    private static String normalize(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
