package fi.kuuleva.flow;

import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.flow.Next.NotAnswered;
import fi.kuuleva.survey.NumberQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Survey;

/**
 * A try of a question that gave no answer: the question again, after a word on what went wrong (slower after
 * silence), or, when the tries are used up, the survey goes on without the answer. Immutable.
 */
final class QuestionRetry {

    private final Survey survey;
    private final PromptBooks books;

    QuestionRetry(Survey survey, PromptBooks books) {
        this.survey = survey;
        this.books = books;
    }

    Next on(Turn turn, NotAnswered failed) {
        Question question = failed.question();
        Reason reason = failed.reason();
        PromptBook book = books.of(turn.state());
        if (failed.tries() + 1 >= survey.settings().maxTries()) {
            turn.emit(new QuestionUnanswered(question.id(), reason));
            if (survey.after(question, null).isPresent()) {
                turn.play(book.phrasePrompt(Phrase.MOVING_ON));
            }
            return new Next.Continue(question, null);
        }
        turn.emit(new InputNotAccepted(question.id(), failed.input(), reason));
        switch (reason) {
            case SILENCE -> turn.play(book.phrasePrompt(Phrase.NO_INPUT));
            case WRONG_KEY -> turn.play(book.wrongKey(question.id(), KeyAnswers.keys(question)));
            case OUT_OF_RANGE -> turn.play(book.outOfRange((NumberQuestion) question));
            case NOT_UNDERSTOOD -> turn.play(book.phrasePrompt(Phrase.NOT_UNDERSTOOD));
            case NOT_CONFIRMED -> { }
        }
        return new Next.AskQuestion(question, failed.tries() + 1, reason == Reason.SILENCE);
    }
}
