package fi.kuuleva.admin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.ProblemError;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.RetryRules;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignFormTest {

    private static final Set<String> SERVERS = Set.of("local");

    @Test
    void aGoodBodyIsStoredTheWayTheDispatcherReadsIt() {
        CampaignDraft draft = CampaignForm.read("""
                {"name": "Kotona asuminen 2026", "surveyVersionId": 3, "startDate": "2026-12-01",
                 "endDate": "2026-12-20", "callingWindows": [{"days": "mon-fri", "from": "10:00", "to": "18:00"},
                 {"days": "SAT", "from": "11:00", "to": "14:00"}],
                 "retryPolicy": {"BUSY": "PT20M", "INTERRUPTED": "PT1H"}, "maxAttempts": 4, "priority": 2,
                 "asteriskServer": "local"}""", SERVERS);
        assertEquals(LocalDate.of(2026, 12, 1), draft.startDate());
        assertEquals(4, draft.maxAttempts());
        List<CallingWindow> windows = draft.callingWindows();
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), windows.get(0).days());
        assertEquals(LocalTime.of(18, 0), windows.get(0).end());
        var policy = draft.retryPolicy().policy(draft.maxAttempts());
        assertEquals(Duration.ofMinutes(20), policy.delayAfter(AttemptOutcome.BUSY).orElseThrow());
        assertEquals(Duration.ofHours(1), policy.delayAfter(AttemptOutcome.HUNG_UP_MID_SURVEY).orElseThrow(),
                "INTERRUPTED is the mid-survey hang-up");
        assertEquals(4, policy.maxAttempts());
    }

    @Test
    void everyWrongFieldIsNamedByItsJsonPath() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> CampaignForm.read("""
                {"name": "", "surveyVersionId": "three", "startDate": "2026-12-20", "endDate": "2026-12-01",
                 "callingWindows": [{"days": "MON-FRI", "from": "10:00", "to": "18:00"},
                                    {"days": "FRI-MON", "from": "25:00", "to": "9"},
                                    {"days": "MON", "from": "18:00", "to": "10:00"}],
                 "retryPolicy": {"BUSY": "20 minutes", "COMPLETED": "PT1H", "MACHINE": "PT0S", "FAILED": 30},
                 "maxAttempts": 11, "priority": 1.5, "asteriskServer": "elsewhere", "colour": "red"}""", SERVERS));
        assertEquals(400, problem.status().getCode());
        List<String> paths = problem.toProblem().errors().stream().map(ProblemError::path).toList();
        assertEquals(List.of("$.colour", "$.name", "$.surveyVersionId", "$.endDate", "$.callingWindows[1].days",
                "$.callingWindows[1].from", "$.callingWindows[1].to", "$.callingWindows[2].to",
                "$.retryPolicy.BUSY", "$.retryPolicy.COMPLETED", "$.retryPolicy.MACHINE", "$.retryPolicy.FAILED",
                "$.maxAttempts", "$.priority", "$.asteriskServer"), paths);
        assertTrue(problem.getMessage().contains("$.retryPolicy.BUSY: not an ISO-8601 duration: '20 minutes'"),
                problem.getMessage());
    }

    @Test
    void requiredFieldsAndTheBodyItself() {
        assertEquals(List.of("$.name", "$.surveyVersionId"), paths("{}"));
        assertEquals(List.of("$"), paths("{\"name\": "));
        assertEquals(List.of("$"), paths("[1, 2]"));
        assertEquals(List.of("$.callingWindows"), paths("{\"name\": \"x\", \"surveyVersionId\": 1,"
                + " \"callingWindows\": \"MON-FRI 10-18\"}"));
    }

    @Test
    void defaultsWhenLeftOut() {
        CampaignDraft draft = CampaignForm.read("{\"name\": \"x\", \"surveyVersionId\": 1}", SERVERS);
        assertEquals(5, draft.maxAttempts());
        assertEquals(0, draft.priority());
        assertEquals(List.of(), draft.callingWindows());
        assertEquals(RetryRules.none(), draft.retryPolicy());
    }

    private static List<String> paths(String body) {
        return assertThrows(ApiProblem.class, () -> CampaignForm.read(body, SERVERS)).toProblem().errors().stream()
                .map(ProblemError::path).toList();
    }
}
