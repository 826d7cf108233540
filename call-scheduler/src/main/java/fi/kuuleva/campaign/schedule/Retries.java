package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.attempts.Final;
import fi.kuuleva.campaign.attempts.FinalReason;
import fi.kuuleva.campaign.attempts.RetryAt;
import fi.kuuleva.campaign.attempts.RetryDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The retry decision: a pure function of the attempt, its outcome, the policy, the calendar and the time. */
public final class Retries {
    private Retries() {
    }

    /**
     * After attempt {@code attemptNumber} (from 1) ended with {@code outcome} at {@code now}: call again at the
     * first callable instant after the outcome's delay, or never again. A retry is always inside a calling window,
     * never on a holiday and never past the campaign's last day.
     */
    public static RetryDecision decide(int attemptNumber, AttemptOutcome outcome, RetryPolicy policy,
                                       CallingCalendar calendar, Instant now) {
        if (outcome.isFinal()) {
            return new Final(FinalReason.FINAL_OUTCOME, "final outcome " + outcome);
        }
        if (attemptNumber >= policy.maxAttempts()) {
            return new Final(FinalReason.ATTEMPT_CAP_REACHED,
                    "attempt " + attemptNumber + " of at most " + policy.maxAttempts());
        }
        Optional<Duration> delay = policy.delayAfter(outcome);
        if (delay.isEmpty()) {
            return new Final(FinalReason.OUTCOME_NOT_RETRIED, "the retry policy does not retry " + outcome);
        }
        return calendar.nextCallableInstant(now.plus(delay.get())).<RetryDecision>map(RetryAt::new)
                .orElseGet(() -> new Final(FinalReason.NO_CALLING_TIME_LEFT,
                        "no calling time left before the campaign ends"));
    }
}
