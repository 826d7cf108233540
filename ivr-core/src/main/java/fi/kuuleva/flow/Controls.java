package fi.kuuleva.flow;

import fi.kuuleva.survey.Settings.ControlKeys;
import java.util.Optional;

/**
 * The control keys that work at every step: repeat, call back and opt out. A step asks first; an empty answer
 * means the key was none of them. Immutable.
 */
final class Controls {

    private final ControlKeys keys;
    private final PromptBooks books;

    Controls(ControlKeys keys, PromptBooks books) {
        this.keys = keys;
        this.books = books;
    }

    /** What {@code key} pressed at step {@code at} does; {@code repeat} is how that step says itself again. */
    Optional<Next> on(Turn turn, String key, String at, Next repeat) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        if (key.equals(keys.repeat())) {
            turn.emit(new RepeatRequested(at));
            return Optional.of(repeat);
        }
        if (key.equals(keys.optOut())) {
            turn.emit(new OptOutRequested(at)).play(books.of(turn.state()).phrasePrompt(Phrase.OPTED_OUT));
            return Optional.of(new Next.End(Outcome.OPTED_OUT, at));
        }
        if (key.equals(keys.callback())) {
            turn.emit(new CallbackRequested(at)).play(books.of(turn.state()).phrasePrompt(Phrase.CALLBACK));
            return Optional.of(new Next.End(Outcome.CALLBACK_REQUESTED, at));
        }
        return Optional.empty();
    }
}
