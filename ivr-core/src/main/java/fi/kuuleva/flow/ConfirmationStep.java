package fi.kuuleva.flow;

import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.flow.Next.Confirm;
import fi.kuuleva.flow.Step.ConfirmingAnswer;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Survey;
import java.util.List;

/**
 * A spoken answer heard with low confidence, read back: yes makes it the answer (marked confirmed), anything else
 * but a control key counts as a failed try of the question. Immutable.
 */
final class ConfirmationStep {

    private final Survey survey;
    private final PromptBooks books;
    private final Controls controls;

    ConfirmationStep(Survey survey, PromptBooks books, Controls controls) {
        this.survey = survey;
        this.books = books;
        this.controls = controls;
    }

    Next ask(Turn turn, Confirm confirm) {
        Question question = confirm.question();
        turn.play(books.of(turn.state()).confirm(question, confirm.step().value()));
        return new Next.Await(InputAwaited.oneKey("confirm/" + question.id(), List.of(Keys.YES, Keys.NO),
                survey.settings().timeoutSeconds()), confirm.step());
    }

    Next on(Turn turn, ConfirmingAnswer step, String keys) {
        Question question = survey.question(step.questionId()).orElseThrow();
        String key = Keys.first(keys);
        if (Keys.YES.equals(key)) {
            return new Next.Answered(question, new Answer(question.id(), step.value(), Answer.Source.SPEECH,
                    step.confidence(), true, null));
        }
        return controls.on(turn, key, question.id(), step, new Confirm(question, step))
                .orElseGet(() -> new Next.NotAnswered(question, step.tries(), Reason.NOT_CONFIRMED, keys));
    }
}
