package fi.kuuleva.flow;

import fi.kuuleva.flow.InputNotAccepted.Reason;
import fi.kuuleva.flow.Next.AskConsent;
import fi.kuuleva.flow.Step.AskingConsent;
import fi.kuuleva.survey.Settings;
import fi.kuuleva.survey.Survey;
import java.util.List;
import java.util.Optional;

/**
 * Whether the caller agrees to answer: yes leads to the questions, no to a last offer of a call-back or opt-out,
 * and the tries running out end the call as no response. A wrong key says which keys work and costs a try only
 * every {@link Keys#WRONG_KEYS_PER_TRY}th time. Immutable.
 */
final class ConsentStep {

    static final String AT = "consent";
    private static final List<String> KEYS = List.of(Keys.YES, Keys.NO);

    private final Settings settings;
    private final PromptBooks books;
    private final Controls controls;

    ConsentStep(Survey survey, PromptBooks books, Controls controls) {
        this.settings = survey.settings();
        this.books = books;
        this.controls = controls;
    }

    Next ask(Turn turn, AskConsent ask) {
        turn.play(books.of(turn.state()).consent(), ask.slow());
        return await(new AskingConsent(ask.tries(), 0));
    }

    Next on(Turn turn, AskingConsent step, String keys) {
        PromptBook book = books.of(turn.state());
        String key = Keys.first(keys);
        if (Keys.YES.equals(key)) {
            turn.emit(new ConsentGiven());
            return new Next.StartQuestions();
        }
        if (Keys.NO.equals(key)) {
            turn.emit(new ConsentRefused());
            return controls.offerAfterRefusal(turn);
        }
        Optional<Next> control = controls.on(turn, key, AT, step, new AskConsent(step.tries(), true));
        if (control.isPresent()) {
            return control.get();
        }
        if (key != null && step.wrongKeys() + 1 < Keys.WRONG_KEYS_PER_TRY) {
            turn.emit(new InputNotAccepted(AT, keys, Reason.WRONG_KEY)).play(book.wrongKey(AT, KEYS));
            return await(new AskingConsent(step.tries(), step.wrongKeys() + 1));
        }
        if (step.tries() + 1 >= settings.maxTries()) {
            turn.play(book.phrasePrompt(Phrase.NO_RESPONSE_GOODBYE));
            return new Next.End(Outcome.NO_RESPONSE, AT);
        }
        turn.emit(new InputNotAccepted(AT, keys, keys == null ? Reason.SILENCE : Reason.WRONG_KEY));
        if (keys == null) {
            turn.play(book.phrasePrompt(Phrase.NO_INPUT));
        } else {
            turn.play(book.wrongKey(AT, KEYS));
        }
        return new AskConsent(step.tries() + 1, keys == null);
    }

    private Next await(AskingConsent step) {
        return new Next.Await(InputAwaited.oneKey(AT, KEYS, settings.timeoutSeconds()), step);
    }
}
