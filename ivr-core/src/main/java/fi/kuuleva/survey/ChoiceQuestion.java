package fi.kuuleva.survey;

import java.util.List;
import java.util.Optional;

/** A single choice among up to nine options; the answer value is the option id. */
public record ChoiceQuestion(String id, LocalizedText text, Branching branching, boolean speech,
                             List<ChoiceOption> options) implements Question {

    public ChoiceQuestion {
        options = List.copyOf(options);
    }

    public Optional<ChoiceOption> optionForKey(String key) {
        return options.stream().filter(option -> option.key().equals(key)).findFirst();
    }

    @Override
    public List<String> answerValues() {
        return options.stream().map(ChoiceOption::id).toList();
    }
}
