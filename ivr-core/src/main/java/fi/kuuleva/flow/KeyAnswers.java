package fi.kuuleva.flow;

import fi.kuuleva.survey.ChoiceQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.ScaleQuestion;
import fi.kuuleva.survey.YesNoQuestion;
import java.util.List;
import java.util.Optional;

/** Which keys answer a one-key question (yes/no, choice, scale) and which answer value each key gives. Pure. */
final class KeyAnswers {

    private KeyAnswers() {
    }

    static List<String> keys(Question question) {
        if (question instanceof ChoiceQuestion choice) {
            return choice.options().stream().map(option -> option.key()).toList();
        }
        if (question instanceof ScaleQuestion scale) {
            return scale.answerValues();
        }
        return List.of(YesNoQuestion.YES_KEY, YesNoQuestion.NO_KEY);
    }

    /** The answer value {@code key} gives, or empty when it answers nothing. */
    static Optional<String> value(Question question, String key) {
        if (question instanceof YesNoQuestion) {
            return YesNoQuestion.YES_KEY.equals(key) ? Optional.of(YesNoQuestion.YES)
                    : YesNoQuestion.NO_KEY.equals(key) ? Optional.of(YesNoQuestion.NO) : Optional.empty();
        }
        if (question instanceof ChoiceQuestion choice) {
            return choice.optionForKey(key).map(option -> option.id());
        }
        if (question instanceof ScaleQuestion scale) {
            return scale.answerValues().contains(key) ? Optional.of(key) : Optional.empty();
        }
        return Optional.empty();
    }
}
