package fi.kuuleva.campaign.attempts;

import java.time.Instant;
import java.util.Optional;

/**
 * A call attempt flattened into nullable columns, for the persistence layer: {@link #of} to store,
 * {@link #toAttempt()} to read back the state it was in.
 */
public record AttemptRow(AttemptKey key, AttemptStatus status, Instant queuedAt, Instant startedAt, Instant endedAt,
                         AttemptOutcome outcome, Instant retryAt, FinalReason finalReason, String reason) {

    public static AttemptRow of(CallAttempt attempt) {
        if (attempt instanceof QueuedAttempt q) {
            return new AttemptRow(q.key(), q.status(), q.queuedAt(), null, null, null, null, null, null);
        }
        if (attempt instanceof InProgressAttempt p) {
            return new AttemptRow(p.key(), p.status(), p.queuedAt(), p.startedAt(), null, null, null, null, null);
        }
        EndedAttempt e = (EndedAttempt) attempt;
        Instant retryAt = e instanceof RetriedAttempt r ? r.retryAt() : null;
        FinalReason finalReason = e instanceof FailedAttempt f ? f.finalReason()
                : e instanceof CompletedAttempt ? FinalReason.FINAL_OUTCOME : null;
        return new AttemptRow(e.key(), e.status(), e.queuedAt(), e.startedAt().orElse(null), e.endedAt(),
                e.outcome(), retryAt, finalReason, e.reason());
    }

    public CallAttempt toAttempt() {
        Optional<Instant> started = Optional.ofNullable(startedAt);
        return switch (status) {
            case QUEUED -> new QueuedAttempt(key, queuedAt);
            case IN_PROGRESS -> new InProgressAttempt(key, queuedAt, startedAt);
            case COMPLETED -> new CompletedAttempt(key, queuedAt, started, endedAt, outcome, reason);
            case ERRORED_AND_RETRIED -> new RetriedAttempt(key, queuedAt, started, endedAt, outcome, retryAt, reason);
            case FAILED -> new FailedAttempt(key, queuedAt, started, endedAt, outcome, finalReason, reason);
        };
    }
}
