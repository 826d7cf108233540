package fi.kuuleva.campaign.attempts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Chosen for dialling; the dial command may or may not have left yet. */
public record QueuedAttempt(AttemptKey key, Instant queuedAt) implements OpenAttempt {
    public QueuedAttempt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }

    @Override
    public AttemptStatus status() {
        return AttemptStatus.QUEUED;
    }

    public InProgressAttempt start(Instant now) {
        return new InProgressAttempt(key, queuedAt, now);
    }

    @Override
    public EndedAttempt lostOnRestart(Instant now, RetryDecision next) {
        return Ending.of(key, queuedAt, Optional.empty(), now, AttemptOutcome.FAILED, next, Ending.LOST);
    }
}
