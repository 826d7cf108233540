package fi.kuuleva.flow;

import java.util.List;
import java.util.Optional;

/**
 * What one start or resume did: the events in order, the input now awaited (none means hang up) and the session
 * state to keep for the next resume.
 */
public record Sprint(List<Event> events, Optional<InputAwaited> awaiting, SessionState state) {

    public Sprint {
        events = List.copyOf(events);
    }

    public boolean ended() {
        return awaiting.isEmpty();
    }
}
