package fi.kuuleva.flow;

import fi.kuuleva.flow.Step.AskingCallbackTime;
import fi.kuuleva.flow.Step.AskingConsent;
import fi.kuuleva.flow.Step.AskingQuestion;
import fi.kuuleva.flow.Step.ChoosingLanguage;
import fi.kuuleva.flow.Step.ConfirmingAnswer;
import fi.kuuleva.flow.Step.ConfirmingControl;
import fi.kuuleva.flow.Step.Declined;
import fi.kuuleva.survey.Settings.ControlKeys;
import fi.kuuleva.survey.Survey;
import java.util.List;
import java.util.Optional;

/**
 * The control keys that work at every step: repeat (at the slow rate), call back and opt out. A step asks first; an
 * empty answer means the key was none of them. Opt-out and call-back are confirmed by pressing the key again (any
 * other input goes back to the step); a confirmed call-back asks whether morning or afternoon suits. Also serves
 * the refused caller's last chance to ask for either. Immutable.
 */
final class Controls {

    private final Survey survey;
    private final ControlKeys keys;
    private final PromptBooks books;
    private final Transfer transfer;

    Controls(Survey survey, PromptBooks books) {
        this.survey = survey;
        this.keys = survey.settings().keys();
        this.books = books;
        this.transfer = new Transfer(books);
    }

    /**
     * What {@code key} pressed at step {@code at} (standing at {@code current}) does; {@code repeat} is how that
     * step says itself again, slowly.
     */
    Optional<Next> on(Turn turn, String key, String at, Step current, Next repeat) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        if (key.equals(keys.repeat())) {
            turn.emit(new RepeatRequested(at));
            return Optional.of(repeat);
        }
        if (key.equals(keys.optOut())) {
            return Optional.of(confirm(turn, Phrase.CONFIRM_OPT_OUT, key, at, current));
        }
        if (key.equals(keys.callback())) {
            return Optional.of(confirm(turn, turn.state().staffOnDuty() ? Phrase.CONFIRM_TRANSFER
                    : Phrase.CONFIRM_CALLBACK, key, at, current));
        }
        return Optional.empty();
    }

    private Next confirm(Turn turn, Phrase phrase, String key, String at, Step current) {
        turn.play(books.of(turn.state()).keyed(phrase, key));
        return new Next.Await(InputAwaited.oneKey(at, List.of(key), survey.settings().timeoutSeconds()),
                new ConfirmingControl(key, at, current));
    }

    /** The caller pressed again after an opt-out or call-back key: the same key does it, anything else goes back. */
    Next confirmed(Turn turn, ConfirmingControl step, String pressed) {
        String key = Keys.first(pressed);
        if (step.key().equals(key)) {
            return act(turn, key, step.at());
        }
        return back(step.back());
    }

    /** After a refusal: the call-back or opt-out key does it at once (it was just offered), anything else ends. */
    Next declined(Turn turn, Declined step, String pressed) {
        String key = Keys.first(pressed);
        if (key != null && (key.equals(keys.optOut()) || key.equals(keys.callback()))) {
            return act(turn, key, ConsentStep.AT);
        }
        turn.play(books.of(turn.state()).phrasePrompt(Phrase.GOODBYE));
        return new Next.End(Outcome.REFUSED, ConsentStep.AT);
    }

    /** The refused caller's prompt: how to ask for a call-back or opt out; then one key. */
    Next offerAfterRefusal(Turn turn) {
        turn.play(books.of(turn.state()).declined(), false);
        if (keys.optOut().isEmpty() && keys.callback().isEmpty()) {
            turn.play(books.of(turn.state()).phrasePrompt(Phrase.GOODBYE));
            return new Next.End(Outcome.REFUSED, ConsentStep.AT);
        }
        List<String> offered = java.util.stream.Stream.of(keys.callback(), keys.optOut())
                .filter(key -> !key.isEmpty()).toList();
        return new Next.Await(InputAwaited.oneKey(ConsentStep.AT, offered, survey.settings().timeoutSeconds()),
                new Declined());
    }

    /** Morning (1), afternoon (2), or anything else for no preference; then the call-back is requested. */
    Next callbackTime(Turn turn, AskingCallbackTime step, String pressed) {
        String key = Keys.first(pressed);
        CallbackTime time = "1".equals(key) ? CallbackTime.MORNING
                : "2".equals(key) ? CallbackTime.AFTERNOON : CallbackTime.ANY;
        turn.emit(new CallbackRequested(step.at(), time)).play(books.of(turn.state()).phrasePrompt(Phrase.CALLBACK));
        return new Next.End(Outcome.CALLBACK_REQUESTED, step.at());
    }

    /**
     * Does what the confirmed opt-out or call-back {@code key} asks at step {@code at}: the opt-out at once; a person
     * now while staff are on duty, else the question of the call-back's time.
     */
    Next act(Turn turn, String key, String at) {
        PromptBook book = books.of(turn.state());
        if (key.equals(keys.optOut())) {
            turn.emit(new OptOutRequested(at)).play(book.phrasePrompt(Phrase.OPTED_OUT));
            return new Next.End(Outcome.OPTED_OUT, at);
        }
        if (turn.state().staffOnDuty()) {
            return transfer.start(turn, at);
        }
        turn.play(book.phrasePrompt(Phrase.CALLBACK_TIME));
        return new Next.Await(InputAwaited.oneKey(at, List.of("1", "2"), survey.settings().timeoutSeconds()),
                new AskingCallbackTime(at));
    }

    /** How the transfer to a member of staff ended. */
    Next transferred(Turn turn, Step.Transferring step, Resume resume) {
        return transfer.ended(turn, step, resume);
    }

    /**
     * A hang-up after the caller already decided: after a refusal the call stays refused, and a confirmed call-back
     * stands (with no preferred time), as does one whose transfer nobody had answered yet. Empty for every other
     * step.
     */
    Optional<Next> hungUp(Turn turn, Step step) {
        if (step instanceof Step.Transferring transferring) {
            return Optional.of(transfer.hungUp(turn, transferring));
        }
        if (step instanceof Declined) {
            return Optional.of(new Next.End(Outcome.REFUSED, ConsentStep.AT));
        }
        if (step instanceof AskingCallbackTime asking) {
            turn.emit(new CallbackRequested(asking.at(), CallbackTime.ANY));
            return Optional.of(new Next.End(Outcome.CALLBACK_REQUESTED, asking.at()));
        }
        return Optional.empty();
    }

    /** How the step the caller was at says itself again after a control key was not confirmed. */
    private Next back(Step step) {
        if (step instanceof ChoosingLanguage choosing) {
            return new Next.OfferLanguages(choosing.tries(), false);
        }
        if (step instanceof AskingConsent asking) {
            return new Next.AskConsent(asking.tries(), false);
        }
        if (step instanceof AskingQuestion asking) {
            return new Next.AskQuestion(survey.question(asking.questionId()).orElseThrow(), asking.tries(), false);
        }
        if (step instanceof ConfirmingAnswer confirming) {
            return new Next.Confirm(survey.question(confirming.questionId()).orElseThrow(), confirming);
        }
        throw new IllegalStateException("a control key cannot go back to " + step);
    }
}
