package fi.kuuleva.campaign.attempts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Dialled: ringing, or answered and in the survey. */
public record InProgressAttempt(AttemptKey key, Instant queuedAt, Instant startedAt) implements OpenAttempt {
    public InProgressAttempt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(queuedAt, "queuedAt");
        if (startedAt.isBefore(queuedAt)) {
            throw new IllegalArgumentException("an attempt cannot start before it was queued");
        }
    }

    @Override
    public AttemptStatus status() {
        return AttemptStatus.IN_PROGRESS;
    }

    /**
     * Ends the attempt. {@code next} is the retry decision for {@code outcome}; a final outcome with a retry is
     * refused, since finals are never called again.
     */
    public EndedAttempt end(AttemptOutcome outcome, Instant endedAt, RetryDecision next) {
        return Ending.of(key, queuedAt, Optional.of(startedAt), endedAt, outcome, next, Ending.describe(outcome));
    }

    @Override
    public EndedAttempt lostOnRestart(Instant now, RetryDecision next) {
        return Ending.of(key, queuedAt, Optional.of(startedAt), now, AttemptOutcome.FAILED, next, Ending.LOST);
    }
}
