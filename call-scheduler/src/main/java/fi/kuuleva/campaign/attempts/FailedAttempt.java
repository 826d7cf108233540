package fi.kuuleva.campaign.attempts;

import java.time.Instant;
import java.util.Optional;

/** Ended without a final answer, and no attempt follows; {@code reason} says why. */
public record FailedAttempt(AttemptKey key, Instant queuedAt, Optional<Instant> startedAt, Instant endedAt,
                            AttemptOutcome outcome, FinalReason finalReason, String reason) implements EndedAttempt {
    @Override
    public AttemptStatus status() {
        return AttemptStatus.FAILED;
    }
}
