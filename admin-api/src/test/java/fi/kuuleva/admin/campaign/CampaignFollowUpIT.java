package fi.kuuleva.admin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import fi.kuuleva.admin.audit.AuditLog;
import fi.kuuleva.admin.callback.CallbackRepository;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import fi.kuuleva.dialler.ClaimedCall;
import fi.kuuleva.dialler.DispatchStore;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.sse.SseClient;
import io.micronaut.http.sse.Event;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.publisher.Flux;

/** Following a running campaign over HTTP: progress, its event stream, attempts, call-backs and do-not-call. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignFollowUpIT implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    @Client("/")
    SseClient sse;
    @Inject
    Fixtures fixtures;
    @Inject
    DispatchStore dispatch;
    @Inject
    CallbackRepository callbacks;
    @Inject
    TestRows rows;
    @Inject
    AuditLog audit;

    String token;
    ApiCalls officer;
    long campaign;
    List<ClaimedCall> claimed;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeAll
    void aCampaignWithCallsInProgress() {
        token = TestLogins.bearer(context, Roles.OFFICER);
        officer = new ApiCalls(http, token);
        campaign = fixtures.runningCampaign("follow-up", 3, 0);
        fixtures.respondents(campaign, 700_000, 5);
        claimed = dispatch.claimDue(List.of(campaign), Fixtures.NOW, 2, "test");
    }

    @Test
    void progressCountsRespondentsAttemptsAndCallsInProgress() {
        Map<String, Object> progress = officer.get("/api/campaigns/" + campaign + "/progress");
        assertEquals(Map.of("total", 5, "pending", 3, "inCall", 2, "done", 0), progress.get("respondents"));
        assertEquals(2, progress.get("attempts"));
        assertEquals(2, progress.get("callsInProgress"));
        assertEquals("RUNNING", progress.get("state"));
        officer.refused(404, HttpRequest.GET("/api/campaigns/999999/progress"));
    }

    @Test
    void theEventStreamSendsTheProgressAtOnce() {
        Event<Map<String, Object>> first = Flux.from(sse.eventStream(
                HttpRequest.GET("/api/campaigns/" + campaign + "/events").bearerAuth(token),
                Argument.mapOf(String.class, Object.class))).blockFirst(Duration.ofSeconds(20));
        assertEquals("progress", first.getName());
        assertEquals(((Number) first.getData().get("campaignId")).longValue(), campaign);
        assertEquals(5, ((Map<?, ?>) first.getData().get("respondents")).get("total"));
    }

    @Test
    void theAttemptLogPagesNewestFirstWithTheNumbers() {
        List<Map<String, Object>> attempts = officer.list("/api/campaigns/" + campaign + "/attempts");
        assertEquals(2, attempts.size());
        assertEquals(claimed.get(1).attemptId(), ((Number) attempts.get(0).get("id")).longValue());
        assertTrue(attempts.get(0).get("phone").toString().startsWith("+358"));
        assertEquals("QUEUED", attempts.get(0).get("state"));
        assertEquals("OUTBOUND", attempts.get(0).get("direction"));
        List<Map<String, Object>> older = officer.list("/api/campaigns/" + campaign + "/attempts?limit=1&before="
                + claimed.get(1).attemptId());
        assertEquals(List.of(claimed.get(0).attemptId()), older.stream()
                .map(a -> ((Number) a.get("id")).longValue()).toList());
        assertEquals(List.of("limit"), ApiCalls.errorPaths(officer.refused(400,
                HttpRequest.GET("/api/campaigns/" + campaign + "/attempts?limit=0"))));
    }

    @Test
    void callBacksAreListedAndHandledOnce() {
        ClaimedCall call = claimed.get(0);
        callbacks.addForAttempt(call.respondentId(), campaign, call.attemptId(), "arki", "MORNING", false, Fixtures.NOW);
        List<Map<String, Object>> open = officer.list("/api/callbacks?open=true&campaignId=" + campaign);
        assertEquals(1, open.size());
        assertEquals(call.phoneE164(), open.get(0).get("phone"));
        assertEquals("arki", open.get(0).get("atStep"));
        assertEquals("MORNING", open.get(0).get("preferredTime"));
        long id = ((Number) open.get(0).get("id")).longValue();

        String note = "Soitettu takaisin'; DELETE FROM callback_requests; --";
        Map<String, Object> handled = officer.post("/api/callbacks/" + id + "/handled", Map.of("note", note)).body();
        assertEquals(note, handled.get("note"), "stored verbatim");
        assertFalse(handled.get("handledBy").toString().isBlank());
        officer.refused(409, HttpRequest.POST("/api/callbacks/" + id + "/handled", Map.of("note", "again")));
        officer.refused(404, HttpRequest.POST("/api/callbacks/999999/handled", Map.of()));
        assertTrue(officer.list("/api/callbacks?open=true&campaignId=" + campaign).isEmpty());
        assertEquals(1, officer.list("/api/callbacks?campaignId=" + campaign).size());
        assertEquals("callback.handled", audit.findBySubjectOrderByAt("callback/" + id).get(0).action());
    }

    @Test
    void anOfficerAddsToTheDoNotCallListOnceAndItClosesTheNumberEverywhere() {
        long other = fixtures.runningCampaign("do-not-call", 3, 0);
        fixtures.respondents(other, 710_000, 2);
        String phone = "+3584000710000";
        assertEquals(201, officer.post("/api/do-not-call", Map.of("phone", phone, "reason", "asked by letter"))
                .code());
        assertEquals(200, officer.post("/api/do-not-call", Map.of("phone", phone)).code());
        Map<String, Object> listed = officer.list("/api/do-not-call").stream()
                .filter(e -> phone.equals(e.get("phone"))).findFirst().orElseThrow();
        assertEquals("asked by letter", listed.get("reason"));
        assertEquals("OFFICER", listed.get("source"));
        assertEquals(1, rows.respondentsWithStatus(other, "DONE"), "the pending respondent is closed");
        assertEquals(201, officer.post("/api/do-not-call", Map.of("phone", "040 123 4567")).code());
        assertTrue(officer.list("/api/do-not-call").stream().anyMatch(e -> "+358401234567".equals(e.get("phone"))),
                "a national number is stored in E.164");

        var entries = audit.findBySubjectOrderByAt("do-not-call");
        assertEquals(2, entries.size(), "one entry per number added");
        assertFalse(entries.get(0).details().contains(phone), "the audit log keeps no full number");
        assertEquals(List.of("$.phone"), ApiCalls.errorPaths(officer.refused(400,
                HttpRequest.POST("/api/do-not-call", Map.of("phone", "0800 12345")))));
        assertEquals(List.of("$.phone"), ApiCalls.errorPaths(officer.refused(400,
                HttpRequest.POST("/api/do-not-call", Map.of("reason", "no number")))));
        assertNull(officer.list("/api/do-not-call").stream().filter(e -> "+358800123450".equals(e.get("phone")))
                .findFirst().orElse(null));
    }

    @Test
    void anOfficerTakesANumberOffTheListWithAReasonAndItsClosedRespondentIsCalledAgain() {
        long campaign = fixtures.runningCampaign("undo do-not-call", 3, 0);
        fixtures.respondents(campaign, 720_000, 1);
        String phone = "+3584000720000";
        assertEquals(201, officer.post("/api/do-not-call", Map.of("phone", phone, "reason", "pressed 9")).code());
        assertEquals(0, rows.respondentsWithStatus(campaign, "PENDING"), "the list closed the respondent");

        assertEquals(List.of("$.reason"), ApiCalls.errorPaths(officer.refused(400,
                HttpRequest.POST("/api/do-not-call/removals", Map.of("phone", phone)))), "a removal needs a reason");
        Map<String, Object> removed = officer.post("/api/do-not-call/removals",
                Map.of("phone", phone, "reason", "pressed 9 by mistake, asked by phone to be called")).body();
        assertEquals(1, ((Number) removed.get("reopened")).intValue());
        assertFalse(String.valueOf(removed).contains(phone), "the answer masks the number");
        assertTrue(officer.list("/api/do-not-call").stream().noneMatch(e -> phone.equals(e.get("phone"))));
        assertEquals(1, rows.respondentsWithStatus(campaign, "PENDING"), "called again in the running campaign");
        var removal = audit.findBySubjectOrderByAt("do-not-call").stream()
                .filter(entry -> entry.action().equals("do-not-call.remove")).findFirst().orElseThrow();
        assertTrue(removal.details().contains("pressed 9 by mistake"), removal.details());
        assertFalse(removal.details().contains(phone), "the audit log keeps no full number");
        officer.refused(404, HttpRequest.POST("/api/do-not-call/removals", Map.of("phone", phone, "reason", "again")));
    }
}
