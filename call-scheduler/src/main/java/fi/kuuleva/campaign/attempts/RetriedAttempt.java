package fi.kuuleva.campaign.attempts;

import java.time.Instant;
import java.util.Optional;

/** Ended without a final answer; the next attempt is due at {@code retryAt}. */
public record RetriedAttempt(AttemptKey key, Instant queuedAt, Optional<Instant> startedAt, Instant endedAt,
                             AttemptOutcome outcome, Instant retryAt, String reason) implements EndedAttempt {
    public RetriedAttempt {
        if (outcome.isFinal()) {
            throw new IllegalArgumentException("a final outcome is never retried: " + outcome);
        }
        if (retryAt.isBefore(endedAt)) {
            throw new IllegalArgumentException("a retry cannot be due before the attempt ended");
        }
    }

    @Override
    public AttemptStatus status() {
        return AttemptStatus.ERRORED_AND_RETRIED;
    }
}
