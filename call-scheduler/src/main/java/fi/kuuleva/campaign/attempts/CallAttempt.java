package fi.kuuleva.campaign.attempts;

import java.time.Instant;

/**
 * One call to one respondent, as a state: queued, then in progress, then ended (completed, errored and retried, or
 * failed). Each state is an immutable record; a transition returns the next state.
 */
public sealed interface CallAttempt permits OpenAttempt, EndedAttempt {

    AttemptKey key();

    Instant queuedAt();

    AttemptStatus status();

    /** Store the queued attempt before dialling: an attempt that was never stored cannot be counted. */
    static QueuedAttempt queue(AttemptKey key, Instant now) {
        return new QueuedAttempt(key, now);
    }
}
