package fi.kuuleva.survey;

import java.util.Map;
import java.util.Optional;

/**
 * Where the survey goes after a question: {@code onAnswer} maps an answer value to a question id or {@link #END};
 * otherwise {@code next}, or the following question in the script. An unanswered question always goes on to
 * {@code next} or the following question.
 */
public record Branching(Map<String, String> onAnswer, Optional<String> next) {

    public static final String END = "end";
    public static final Branching SEQUENTIAL = new Branching(Map.of(), Optional.empty());

    public Branching {
        onAnswer = Map.copyOf(onAnswer);
    }
}
