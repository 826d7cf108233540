package fi.kuuleva.campaign.schedule;

import static fi.kuuleva.campaign.schedule.Fixtures.FINNISH;
import static fi.kuuleva.campaign.schedule.Fixtures.campaign;
import static fi.kuuleva.campaign.schedule.Fixtures.helsinki;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Reason;
import fi.kuuleva.campaign.Rejected;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CampaignLifecycleTest {
    private static final Instant MARCH = helsinki("2026-03-03T09:00:00");

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DRAFT, RUNNING, true", "DRAFT, PAUSED, false", "DRAFT, COMPLETED, false", "DRAFT, CANCELLED, true",
            "DRAFT, DRAFT, false",
            "RUNNING, PAUSED, true", "RUNNING, COMPLETED, true", "RUNNING, CANCELLED, true",
            "RUNNING, DRAFT, false", "RUNNING, RUNNING, false",
            "PAUSED, RUNNING, true", "PAUSED, COMPLETED, true", "PAUSED, CANCELLED, true", "PAUSED, DRAFT, false",
            "PAUSED, PAUSED, false",
            "COMPLETED, RUNNING, false", "COMPLETED, CANCELLED, false", "COMPLETED, DRAFT, false",
            "COMPLETED, PAUSED, false", "COMPLETED, COMPLETED, false",
            "CANCELLED, RUNNING, false", "CANCELLED, DRAFT, false", "CANCELLED, PAUSED, false",
            "CANCELLED, COMPLETED, false", "CANCELLED, CANCELLED, false"})
    void transitions(CampaignState from, CampaignState to, boolean allowed) {
        Decision decision = CampaignLifecycle.check(campaign(from), to, FINNISH, MARCH);
        assertEquals(allowed, decision.isAllowed());
        if (!allowed) {
            assertEquals(Reason.ILLEGAL_TRANSITION, ((Rejected) decision).reason());
        }
    }

    @Test
    void theReasonSaysWhichMoveWasRefused() {
        assertEquals(new Rejected(Reason.ILLEGAL_TRANSITION, "a cancelled campaign cannot become running"),
                CampaignLifecycle.check(campaign(CampaignState.CANCELLED), CampaignState.RUNNING, FINNISH, MARCH));
    }

    @Test
    void aCampaignWithoutCallingWindowsCannotStart() {
        Campaign noWindows = new Campaign(campaign(CampaignState.DRAFT).id(), campaign(CampaignState.DRAFT).survey(),
                CampaignState.DRAFT, 0, campaign(CampaignState.DRAFT).firstDay(),
                campaign(CampaignState.DRAFT).lastDay(), List.of(), java.util.Set.of(), RetryPolicy.defaults());
        assertEquals(Reason.NOT_READY_TO_START,
                ((Rejected) CampaignLifecycle.check(noWindows, CampaignState.RUNNING, FINNISH, MARCH)).reason());
    }

    @Test
    void aCampaignPastItsLastCallingHourCannotStartOrResume() {
        Instant tooLate = helsinki("2026-04-30T18:00:00");
        assertEquals(Reason.NOT_READY_TO_START, ((Rejected) CampaignLifecycle.check(campaign(CampaignState.PAUSED),
                CampaignState.RUNNING, FINNISH, tooLate)).reason());
        assertEquals(true, CampaignLifecycle.check(campaign(CampaignState.PAUSED), CampaignState.COMPLETED,
                FINNISH, tooLate).isAllowed());
    }
}
