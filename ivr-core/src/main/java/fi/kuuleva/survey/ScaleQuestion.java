package fi.kuuleva.survey;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A rating from {@code min} to {@code max} (single keys, e.g. 1-5) with labelled ends. The answer value is the
 * number as a string; {@code words} optionally maps a value to its spoken words (built-in number words otherwise).
 */
public record ScaleQuestion(String id, LocalizedText text, Branching branching, boolean speech, int min, int max,
                            LocalizedText minLabel, LocalizedText maxLabel, Map<String, SpeechWords> words)
        implements Question {

    public ScaleQuestion {
        words = Map.copyOf(words);
    }

    @Override
    public List<String> answerValues() {
        return IntStream.rangeClosed(min, max).mapToObj(Integer::toString).toList();
    }
}
