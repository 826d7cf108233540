package fi.kuuleva.campaign.attempts;

import java.time.Instant;

/** An attempt that has not ended yet; at most one per respondent. */
public sealed interface OpenAttempt extends CallAttempt permits QueuedAttempt, InProgressAttempt {

    /**
     * The attempt was found open when the scheduler started again: the call may have been placed, so it counts as
     * an attempt, and since nobody recorded how it ended its outcome is {@link AttemptOutcome#FAILED}.
     * {@code next} comes from the retry decision for that outcome.
     */
    EndedAttempt lostOnRestart(Instant now, RetryDecision next);
}
