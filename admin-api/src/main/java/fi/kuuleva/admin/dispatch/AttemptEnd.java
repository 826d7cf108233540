package fi.kuuleva.admin.dispatch;

import fi.kuuleva.admin.respondent.RespondentStatus;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * How an attempt ended and what follows for its respondent, as the retry decision (call-scheduler) has decided it:
 * the store only records it.
 *
 * @param state         COMPLETED or FAILED (the respondent is done), or ERRORED_AND_RETRIED (called again from
 *                      {@code nextAttemptAt})
 * @param outcome       call-scheduler's AttemptOutcome name, e.g. {@code NO_ANSWER}, {@code COMPLETED}
 * @param hangupCause   Asterisk's hang-up cause, when known
 */
public record AttemptEnd(AttemptState state, String outcome, @Nullable String reason, @Nullable String hangupCause,
                         Instant endedAt, @Nullable Instant nextAttemptAt) {

    public AttemptEnd {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(endedAt, "endedAt");
        if (state.isOpen()) {
            throw new IllegalArgumentException("an attempt cannot end as " + state);
        }
        if ((state == AttemptState.ERRORED_AND_RETRIED) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("a retried attempt, and only it, names the next attempt's time");
        }
    }

    public static AttemptEnd completed(String outcome, Instant endedAt) {
        return new AttemptEnd(AttemptState.COMPLETED, outcome, null, null, endedAt, null);
    }

    public static AttemptEnd retried(String outcome, Instant endedAt, Instant nextAttemptAt) {
        return new AttemptEnd(AttemptState.ERRORED_AND_RETRIED, outcome, null, null, endedAt, nextAttemptAt);
    }

    public static AttemptEnd failed(String outcome, Instant endedAt, String reason) {
        return new AttemptEnd(AttemptState.FAILED, outcome, reason, null, endedAt, null);
    }

    public AttemptEnd withHangupCause(@Nullable String cause) {
        return new AttemptEnd(state, outcome, reason, cause, endedAt, nextAttemptAt);
    }

    public boolean isFinal() {
        return state != AttemptState.ERRORED_AND_RETRIED;
    }

    /** The respondent's status after this end. */
    public RespondentStatus respondentStatus() {
        return isFinal() ? RespondentStatus.DONE : RespondentStatus.PENDING;
    }
}
