package fi.kuuleva.admin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.ProblemError;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.RetryRules;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A validated body becomes the draft the dialler reads (the checks themselves: CampaignApiIT, over HTTP). */
class CampaignFormTest {

    private static final Set<String> SERVERS = Set.of("local");

    @Test
    void aGoodBodyIsStoredTheWayTheDispatcherReadsIt() {
        Map<String, String> retry = new LinkedHashMap<>();
        retry.put("BUSY", "PT20M");
        retry.put("INTERRUPTED", "PT1H");
        retry.put("DROPPED", "PT5M");
        retry.put("NO_RESPONSE", "PT2H");
        CampaignDraft draft = CampaignForm.read(new CampaignBody(null, "Kotona asuminen 2026", BigDecimal.valueOf(3),
                null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20), List.of(
                new WindowBody("mon-fri", "10:00", "18:00"), new WindowBody("SAT", "11:00", "14:00")), retry,
                BigDecimal.valueOf(4), BigDecimal.valueOf(2), "local", null), SERVERS);
        assertEquals(LocalDate.of(2026, 12, 1), draft.startDate());
        assertEquals(4, draft.maxAttempts());
        List<CallingWindow> windows = draft.callingWindows();
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), windows.get(0).days());
        assertEquals(LocalTime.of(18, 0), windows.get(0).end());
        var policy = draft.retryPolicy().policy(draft.maxAttempts());
        assertEquals(Duration.ofMinutes(20), policy.delayAfter(AttemptOutcome.BUSY).orElseThrow());
        assertEquals(Duration.ofHours(1), policy.delayAfter(AttemptOutcome.HUNG_UP_MID_SURVEY).orElseThrow(),
                "INTERRUPTED is the mid-survey hang-up");
        assertEquals(Duration.ofMinutes(5), policy.delayAfter(AttemptOutcome.ANSWERED).orElseThrow(),
                "DROPPED: answered, lost before the survey");
        assertEquals(Duration.ofHours(2), policy.delayAfter(AttemptOutcome.NO_RESPONSE).orElseThrow());
        assertEquals(4, policy.maxAttempts());
    }

    @Test
    void anUnknownServerIsNamedByItsPath() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> CampaignForm.read(new CampaignBody(null, "x",
                BigDecimal.ONE, null, null, null, null, null, null, null, "elsewhere", null), SERVERS));
        assertEquals(400, problem.status().getCode());
        assertEquals(List.of("$.asteriskServer"),
                problem.toProblem().errors().stream().map(ProblemError::path).toList());
    }

    @Test
    void defaultsWhenLeftOut() {
        CampaignDraft draft = CampaignForm.read(new CampaignBody(null, "x", BigDecimal.ONE, null, null, null, null,
                null, null, null, null, null), SERVERS);
        assertEquals(5, draft.maxAttempts());
        assertEquals(0, draft.priority());
        assertEquals(List.of(), draft.callingWindows());
        assertEquals(RetryRules.none(), draft.retryPolicy());
    }
}
