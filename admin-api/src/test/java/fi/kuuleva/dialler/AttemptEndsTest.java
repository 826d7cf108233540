package fi.kuuleva.dialler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.campaign.CampaignRules;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.attempts.AttemptStatus;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.campaign.attempts.DialResult;
import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.RetryRules;
import fi.kuuleva.campaign.schedule.Holidays;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A stored campaign's rules and the end of an attempt decided from them. */
class AttemptEndsTest {

    // Monday 3 March 2025, 11:00 in Helsinki.
    private static final Instant MONDAY_11 = Instant.parse("2025-03-03T09:00:00Z");
    private static final StoredCampaign WEEKDAYS = new StoredCampaign(1L, "c", 1, CampaignState.RUNNING, null, null,
            List.of(CallingWindow.parse("MON-FRI", "10:00", "18:00")),
            new RetryRules(Map.of(AttemptOutcome.BUSY, Duration.ofMinutes(30))), 3, 0, null, null);

    private static AttemptEnd end(int attemptNo, DialResult dial, String survey, Instant now) {
        return AttemptEnds.of(attemptNo, dial, Optional.ofNullable(survey), CampaignRules.of(WEEKDAYS),
                Holidays.none(), now);
    }

    @Test
    void busyIsRetriedAfterTheCampaignsDelay() {
        AttemptEnd end = end(1, DialResult.BUSY, null, MONDAY_11);
        assertEquals(AttemptStatus.ERRORED_AND_RETRIED, end.state());
        assertEquals("BUSY", end.outcome());
        assertEquals(MONDAY_11.plus(Duration.ofMinutes(30)), end.nextAttemptAt());
    }

    @Test
    void aRetryLateInTheDayWaitsForTheNextWindow() {
        Instant friday1750 = Instant.parse("2025-03-07T15:50:00Z");
        AttemptEnd end = end(1, DialResult.BUSY, null, friday1750);
        assertEquals(Instant.parse("2025-03-10T08:00:00Z"), end.nextAttemptAt(), "Monday 10:00 Helsinki");
    }

    @Test
    void anAnsweredCallTakesTheSurveysOutcome() {
        AttemptEnd completed = end(1, DialResult.ANSWERED, "COMPLETED", MONDAY_11);
        assertEquals(AttemptStatus.COMPLETED, completed.state());
        assertEquals("COMPLETED", completed.outcome());
        AttemptEnd hungUp = end(1, DialResult.ANSWERED, "HUNG_UP", MONDAY_11);
        assertEquals("HUNG_UP_MID_SURVEY", hungUp.outcome());
        assertEquals(AttemptStatus.ERRORED_AND_RETRIED, hungUp.state());
    }

    @Test
    void theLastAttemptFailsWithItsOutcome() {
        AttemptEnd end = end(3, DialResult.NO_ANSWER, null, MONDAY_11);
        assertEquals(AttemptStatus.FAILED, end.state());
        assertEquals("NO_ANSWER", end.outcome());
        assertNull(end.nextAttemptAt());
    }
}
