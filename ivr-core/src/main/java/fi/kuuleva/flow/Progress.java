package fi.kuuleva.flow;

import fi.kuuleva.flow.Next.Close;
import fi.kuuleva.flow.Next.Continue;
import fi.kuuleva.survey.Branching;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Survey;
import java.util.Optional;

/**
 * The way through the survey's questions: an answer is recorded at once, the branching picks the next question, and
 * after the last one the closing words end the call as completed. Immutable.
 */
final class Progress {

    private final Survey survey;
    private final PromptBooks books;

    Progress(Survey survey, PromptBooks books) {
        this.survey = survey;
        this.books = books;
    }

    /** The first question, or on a resumed call the first unanswered one (the closing words if none is left). */
    Next start(Turn turn) {
        String from = turn.state().resumeAt();
        if (Branching.END.equals(from)) {
            return new Close(null);
        }
        return new Next.AskQuestion(from == null ? survey.questions().get(0) : survey.question(from).orElseThrow(),
                0, false);
    }

    Next answered(Turn turn, Next.Answered answered) {
        turn.emit(new AnswerRecorded(answered.answer()));
        return new Continue(answered.question(), answered.answer().value());
    }

    Next after(Continue from) {
        Optional<Question> next = survey.after(from.question(), from.value());
        return next.isPresent() ? new Next.AskQuestion(next.get(), 0, false) : new Close(from.question().id());
    }

    Next close(Turn turn, Close close) {
        turn.play(books.of(turn.state()).closing());
        return new Next.End(Outcome.COMPLETED, close.lastQuestion());
    }

    /** Where an interrupted survey picks up: the first question on the earlier answers' path without an answer. */
    String resumeAt(Trigger trigger) {
        Optional<Question> question = Optional.of(survey.questions().get(0));
        while (question.isPresent()) {
            Question current = question.get();
            Answer answer = trigger.earlierAnswers().get(current.id());
            if (answer == null && !trigger.earlierUnanswered().contains(current.id())) {
                return current.id();
            }
            question = survey.after(current, answer == null ? null : answer.value());
        }
        return Branching.END;
    }
}
