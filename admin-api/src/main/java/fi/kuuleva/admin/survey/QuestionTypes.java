package fi.kuuleva.admin.survey;

import fi.kuuleva.survey.ChoiceQuestion;
import fi.kuuleva.survey.NumberQuestion;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.ScaleQuestion;

/** A question's type as scripts name it: yes_no, choice, scale, number or open. */
public final class QuestionTypes {

    private QuestionTypes() {
    }

    public static String of(Question question) {
        if (question instanceof ChoiceQuestion) {
            return "choice";
        }
        if (question instanceof ScaleQuestion) {
            return "scale";
        }
        if (question instanceof NumberQuestion) {
            return "number";
        }
        if (question instanceof OpenQuestion) {
            return "open";
        }
        return "yes_no";
    }
}
