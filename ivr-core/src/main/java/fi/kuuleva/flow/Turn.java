package fi.kuuleva.flow;

import fi.kuuleva.survey.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The events of one sprint being built, in order, and the session state they lead to. One per start or resume,
 * used by one thread; never shared.
 */
final class Turn {

    private final List<Event> events = new ArrayList<>();
    private SessionState state;

    Turn(SessionState state) {
        this.state = state;
    }

    SessionState state() {
        return state;
    }

    /** From now on the session speaks {@code language}. */
    void speak(Language language) {
        state = state.in(language);
    }

    /** From now on the session counts these kinds of instructions as explained in full. */
    void explained(java.util.Set<String> kinds) {
        state = state.explaining(kinds);
    }

    Turn emit(Event event) {
        events.add(event);
        return this;
    }

    Turn play(Prompt prompt) {
        return emit(new PromptPlayed(prompt));
    }

    Turn play(List<Prompt> prompts, boolean slow) {
        prompts.forEach(prompt -> play(slow ? prompt.slower() : prompt));
        return this;
    }

    Sprint await(InputAwaited awaited, Step step) {
        return new Sprint(events, Optional.of(awaited), state.with(step));
    }

    Sprint end(Outcome outcome, String lastStep) {
        events.add(new SurveyEnded(outcome, lastStep));
        return new Sprint(events, Optional.empty(), state.with(new Step.Finished(outcome)));
    }

    /** A resume of an ended session: nothing happens. */
    Sprint over() {
        return new Sprint(events, Optional.empty(), state);
    }
}
