package fi.kuuleva.campaign.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.attempts.Final;
import fi.kuuleva.campaign.attempts.FinalReason;
import fi.kuuleva.campaign.attempts.RetryAt;
import fi.kuuleva.campaign.attempts.RetryDecision;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RetryProperties {

    @Provide
    Arbitrary<List<CallingWindow>> windows() {
        return ScheduleArbitraries.windows();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return ScheduleArbitraries.instants();
    }

    @Provide
    Arbitrary<int[]> days() {
        return ScheduleArbitraries.campaignDays();
    }

    @Provide
    Arbitrary<RetryPolicy> policies() {
        return ScheduleArbitraries.retryPolicies(5);
    }

    @Provide
    Arbitrary<AttemptOutcome> outcomes() {
        return Arbitraries.of(AttemptOutcome.class);
    }

    /**
     * A retry is inside a window in Helsinki local time, never on a holiday or after the campaign, no sooner than
     * the outcome's delay, and only for a non-final outcome below the cap; otherwise the decision says why not.
     */
    @Property(tries = 1000)
    void aRetryIsAlwaysCallableAndNeverForAFinalOrCappedAttempt(
            @ForAll("windows") List<CallingWindow> windows, @ForAll("instants") Instant now,
            @ForAll("days") int[] days, @ForAll("policies") RetryPolicy policy,
            @ForAll("outcomes") AttemptOutcome outcome, @ForAll @IntRange(min = 1, max = 10) int attempt) {
        CallingCalendar calendar = CallingCalendarProperties.calendar(windows, now, days);
        RetryDecision decision = Retries.decide(attempt, outcome, policy, calendar, now);
        if (decision instanceof RetryAt retry) {
            assertFalse(outcome.isFinal(), "finals are never retried");
            assertTrue(attempt < policy.maxAttempts(), "no retry past the cap");
            assertFalse(retry.at().isBefore(now.plus(policy.delayAfter(outcome).orElseThrow())));
            assertTrue(calendar.isCallable(retry.at()));
            LocalDateTime local = CallingCalendar.local(retry.at());
            assertTrue(windows.stream().anyMatch(w -> w.includes(local)));
            assertFalse(calendar.holidays().isHoliday(local.toLocalDate()));
            assertFalse(local.toLocalDate().isAfter(calendar.lastDay()));
        } else {
            FinalReason reason = ((Final) decision).reason();
            FinalReason expected = outcome.isFinal() ? FinalReason.FINAL_OUTCOME
                    : attempt >= policy.maxAttempts() ? FinalReason.ATTEMPT_CAP_REACHED
                    : policy.delayAfter(outcome).isEmpty() ? FinalReason.OUTCOME_NOT_RETRIED
                    : FinalReason.NO_CALLING_TIME_LEFT;
            assertEquals(expected, reason);
        }
    }

    @Property(tries = 300)
    void finalOutcomesAreNeverRetried(@ForAll("windows") List<CallingWindow> windows,
                                      @ForAll("instants") Instant now, @ForAll("policies") RetryPolicy policy,
                                      @ForAll @IntRange(min = 1, max = 10) int attempt) {
        CallingCalendar calendar = CallingCalendar.of(windows, Holidays.none());
        for (AttemptOutcome outcome : AttemptOutcome.values()) {
            if (outcome.isFinal()) {
                assertInstanceOf(Final.class, Retries.decide(attempt, outcome, policy, calendar, now));
            }
        }
    }
}
