package fi.kuuleva.campaign.schedule;

import static fi.kuuleva.campaign.schedule.Fixtures.FINNISH;
import static fi.kuuleva.campaign.schedule.Fixtures.campaign;
import static fi.kuuleva.campaign.schedule.Fixtures.helsinki;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.attempts.Final;
import fi.kuuleva.campaign.attempts.FinalReason;
import fi.kuuleva.campaign.attempts.RetryAt;
import fi.kuuleva.campaign.attempts.RetryDecision;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RetriesTest {
    private final Campaign campaign = campaign(CampaignState.RUNNING);
    private final CallingCalendar calendar = campaign.calendar(FINNISH);
    private final RetryPolicy policy = RetryPolicy.defaults();

    private RetryDecision after(int attempt, AttemptOutcome outcome, String localEnd) {
        return Retries.decide(attempt, outcome, policy, calendar, helsinki(localEnd));
    }

    @Test
    void busyIsTriedAgainAfterItsDelay() {
        assertEquals(new RetryAt(helsinki("2026-03-03T10:50:00")),
                after(1, AttemptOutcome.BUSY, "2026-03-03T10:30:00"));
    }

    @Test
    void aRetryFallingInTheLunchBreakMovesToTheAfternoonWindow() {
        assertEquals(new RetryAt(helsinki("2026-03-03T13:00:00")),
                after(1, AttemptOutcome.BUSY, "2026-03-03T11:50:00"));
    }

    @Test
    void aRetryOverEasterMovesToTheTuesdayAfter() {
        // Thursday 2 April 2026 at 17:50 + 3 h; Good Friday, the weekend and Easter Monday are skipped.
        assertEquals(new RetryAt(helsinki("2026-04-07T10:00:00")),
                after(2, AttemptOutcome.NO_ANSWER, "2026-04-02T17:50:00"));
    }

    @Test
    void theLastAllowedAttemptIsNotRetried() {
        assertEquals(new Final(FinalReason.ATTEMPT_CAP_REACHED, "attempt 5 of at most 5"),
                after(5, AttemptOutcome.BUSY, "2026-03-03T10:30:00"));
    }

    @ParameterizedTest
    @EnumSource(value = AttemptOutcome.class, names = {"COMPLETED", "REFUSED", "OPTED_OUT", "CALLBACK_REQUESTED"})
    void finalOutcomesAreNeverRetried(AttemptOutcome outcome) {
        RetryDecision decision = after(1, outcome, "2026-03-03T10:30:00");
        assertEquals(FinalReason.FINAL_OUTCOME, ((Final) decision).reason());
    }

    @Test
    void anOutcomeWithoutADelayIsNotRetried() {
        RetryPolicy busyOnly = new RetryPolicy(5, Map.of(AttemptOutcome.BUSY, Duration.ofMinutes(10)));
        RetryDecision decision = Retries.decide(1, AttemptOutcome.MACHINE, busyOnly, calendar,
                helsinki("2026-03-03T10:30:00"));
        assertEquals(FinalReason.OUTCOME_NOT_RETRIED, ((Final) decision).reason());
    }

    @Test
    void noRetryIsScheduledAfterTheCampaignEnds() {
        RetryDecision decision = after(1, AttemptOutcome.MACHINE, "2026-04-30T17:00:00");
        assertEquals(FinalReason.NO_CALLING_TIME_LEFT, ((Final) decision).reason());
    }

    @Test
    void thePolicyRefusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().withMaxAttempts(96));
        assertThrows(IllegalArgumentException.class, () -> RetryPolicy.defaults().withMaxAttempts(0));
        assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.defaults().withDelay(AttemptOutcome.REFUSED, Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> RetryPolicy.defaults().withDelay(AttemptOutcome.BUSY, Duration.ZERO));
    }
}
