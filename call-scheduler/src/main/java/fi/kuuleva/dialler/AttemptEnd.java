package fi.kuuleva.dialler;

import fi.kuuleva.campaign.attempts.AttemptStatus;
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
public record AttemptEnd(AttemptStatus state, String outcome, @Nullable String reason, @Nullable String hangupCause,
                         Instant endedAt, @Nullable Instant nextAttemptAt) {

    public AttemptEnd {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(endedAt, "endedAt");
        if (state.isOpen()) {
            throw new IllegalArgumentException("an attempt cannot end as " + state);
        }
        if ((state == AttemptStatus.ERRORED_AND_RETRIED) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("a retried attempt, and only it, names the next attempt's time");
        }
    }

    public static AttemptEnd completed(String outcome, Instant endedAt) {
        return new AttemptEnd(AttemptStatus.COMPLETED, outcome, null, null, endedAt, null);
    }

    public static AttemptEnd retried(String outcome, Instant endedAt, Instant nextAttemptAt) {
        return new AttemptEnd(AttemptStatus.ERRORED_AND_RETRIED, outcome, null, null, endedAt, nextAttemptAt);
    }

    public static AttemptEnd failed(String outcome, Instant endedAt, String reason) {
        return new AttemptEnd(AttemptStatus.FAILED, outcome, reason, null, endedAt, null);
    }

    public AttemptEnd withHangupCause(@Nullable String cause) {
        return new AttemptEnd(state, outcome, reason, cause, endedAt, nextAttemptAt);
    }

    public boolean isFinal() {
        return state != AttemptStatus.ERRORED_AND_RETRIED;
    }

    /** The respondent's status after this end, as respondents.status stores it: DONE, or PENDING for a retry. */
    public String respondentStatus() {
        return isFinal() ? "DONE" : "PENDING";
    }
}
