package fi.kuuleva.campaign.schedule;

import static fi.kuuleva.campaign.schedule.Fixtures.FINNISH;
import static fi.kuuleva.campaign.schedule.Fixtures.campaign;
import static fi.kuuleva.campaign.schedule.Fixtures.helsinki;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.DoNotCallList;
import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.campaign.Reason;
import fi.kuuleva.campaign.Rejected;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallPoliciesTest {
    private static final PhoneNumber PHONE = new PhoneNumber("+358401234567");
    private static final Instant TUESDAY_MORNING = helsinki("2026-03-03T10:30:00");
    private final CallPolicies policies = CallPolicies.standard(FINNISH,
            DoNotCallList.of(Set.of("+358409999999")));

    private Decision check(CallCandidate candidate, Instant now) {
        return policies.check(candidate, now);
    }

    private static CallCandidate fresh(CampaignState state) {
        return new CallCandidate(campaign(state), PHONE, CallHistory.none());
    }

    private static Reason reason(Decision decision) {
        return ((Rejected) decision).reason();
    }

    @Test
    void aFreshRespondentOfARunningCampaignInAWindowIsCalled() {
        assertTrue(check(fresh(CampaignState.RUNNING), TUESDAY_MORNING).isAllowed());
    }

    @Test
    void eachRuleRejectsWithItsOwnReason() {
        CallCandidate ok = fresh(CampaignState.RUNNING);
        assertEquals(Reason.CAMPAIGN_NOT_RUNNING, reason(check(fresh(CampaignState.PAUSED), TUESDAY_MORNING)));
        assertEquals(Reason.OUTSIDE_CAMPAIGN_DATES, reason(check(ok, helsinki("2026-05-05T10:30:00"))));
        assertEquals(Reason.OUTSIDE_CALLING_WINDOW, reason(check(ok, helsinki("2026-03-03T12:30:00"))));
        assertEquals(Reason.OUTSIDE_CALLING_WINDOW, reason(check(ok, helsinki("2026-03-07T10:30:00"))));
        assertEquals(Reason.HOLIDAY, reason(check(ok, helsinki("2026-04-06T10:30:00"))));
        assertEquals(Reason.DO_NOT_CALL, reason(check(new CallCandidate(ok.campaign(),
                new PhoneNumber("+358409999999"), CallHistory.none()), TUESDAY_MORNING)));
        assertEquals(Reason.RESPONDENT_FINISHED, reason(check(with(new CallHistory(1, false,
                Optional.of("survey completed"), Optional.empty())), TUESDAY_MORNING)));
        assertEquals(Reason.ATTEMPT_CAP_REACHED, reason(check(with(new CallHistory(5, false, Optional.empty(),
                Optional.empty())), TUESDAY_MORNING)));
        assertEquals(Reason.CALL_IN_FLIGHT, reason(check(with(new CallHistory(2, true, Optional.empty(),
                Optional.empty())), TUESDAY_MORNING)));
        assertEquals(Reason.NOT_DUE_YET, reason(check(with(new CallHistory(1, false, Optional.empty(),
                Optional.of(TUESDAY_MORNING.plusSeconds(60)))), TUESDAY_MORNING)));
    }

    @Test
    void theDueTimeItselfIsAllowed() {
        assertTrue(check(with(new CallHistory(1, false, Optional.empty(), Optional.of(TUESDAY_MORNING))),
                TUESDAY_MORNING).isAllowed());
    }

    @Test
    void closedDaysOfTheCampaignCountAsHolidays() {
        Campaign base = campaign(CampaignState.RUNNING);
        Campaign closed = new Campaign(base.id(), base.survey(), base.state(), base.priority(), base.firstDay(),
                base.lastDay(), base.windows(), Set.of(java.time.LocalDate.of(2026, 3, 3)), base.retryPolicy());
        Decision decision = check(new CallCandidate(closed, PHONE, CallHistory.none()), TUESDAY_MORNING);
        assertEquals(new Rejected(Reason.HOLIDAY, "2026-03-03 is closed for the campaign"), decision);
    }

    @Test
    void everyRejectionIsListedForTheOfficer() {
        List<Rejected> all = policies.rejections(new CallCandidate(campaign(CampaignState.PAUSED), PHONE,
                new CallHistory(5, true, Optional.empty(), Optional.empty())), helsinki("2026-04-06T19:00:00"));
        assertEquals(List.of(Reason.CAMPAIGN_NOT_RUNNING, Reason.OUTSIDE_CALLING_WINDOW, Reason.HOLIDAY,
                Reason.ATTEMPT_CAP_REACHED, Reason.CALL_IN_FLIGHT), all.stream().map(Rejected::reason).toList());
    }

    @Test
    void theDoNotCallReasonShowsOnlyAMaskedNumber() {
        Rejected rejected = (Rejected) check(new CallCandidate(campaign(CampaignState.RUNNING),
                new PhoneNumber("+358409999999"), CallHistory.none()), TUESDAY_MORNING);
        assertFalse(rejected.detail().contains("409999999"));
    }

    private static CallCandidate with(CallHistory history) {
        return new CallCandidate(campaign(CampaignState.RUNNING), PHONE, history);
    }
}
