package fi.kuuleva.campaign.attempts;

import java.time.Instant;
import java.util.Optional;

/** Ended with a final outcome: the respondent is not called again in this campaign. */
public record CompletedAttempt(AttemptKey key, Instant queuedAt, Optional<Instant> startedAt, Instant endedAt,
                               AttemptOutcome outcome, String reason) implements EndedAttempt {
    public CompletedAttempt {
        if (!outcome.isFinal()) {
            throw new IllegalArgumentException("only a final outcome completes an attempt: " + outcome);
        }
    }

    @Override
    public AttemptStatus status() {
        return AttemptStatus.COMPLETED;
    }
}
