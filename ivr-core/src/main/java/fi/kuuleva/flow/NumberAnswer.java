package fi.kuuleva.flow;

import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.flow.Next.Answered;
import fi.kuuleva.flow.Next.NotAnswered;
import fi.kuuleva.survey.NumberQuestion;

/**
 * The digits typed for a number question: a number in range answers it; the repeat key first asks again (no other
 * control key works inside a number). Immutable.
 */
final class NumberAnswer {

    private final String repeatKey;

    NumberAnswer(String repeatKey) {
        this.repeatKey = repeatKey;
    }

    /** {@code keys} typed at try {@code tries} of {@code question}; never empty. */
    Next on(Turn turn, NumberQuestion question, int tries, String keys) {
        if (keys.startsWith(repeatKey)) {
            turn.emit(new RepeatRequested(question.id()));
            return new Next.AskQuestion(question, tries, false);
        }
        String digits = keys.endsWith("#") ? keys.substring(0, keys.length() - 1) : keys;
        if (digits.isEmpty()) {
            return new NotAnswered(question, tries, Reason.SILENCE, null);
        }
        if (!digits.matches("[0-9]+")) {
            return new NotAnswered(question, tries, Reason.WRONG_KEY, keys);
        }
        long value = digits.length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (value < question.min() || value > question.max()) {
            return new NotAnswered(question, tries, Reason.OUT_OF_RANGE, digits);
        }
        return new Answered(question, Answer.byKey(question.id(), Long.toString(value)));
    }
}
