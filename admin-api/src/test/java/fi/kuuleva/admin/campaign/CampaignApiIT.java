package fi.kuuleva.admin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.audit.AuditEntry;
import fi.kuuleva.admin.audit.AuditLog;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import fi.kuuleva.dialler.DispatchStore;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Campaigns over real HTTP: settings checked with JSON paths, the state machine, audit and denials. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignApiIT implements TestPropertyProvider {

    static final String INJECTION = "Robert'); DROP TABLE campaigns; -- <script>alert(1)</script>";

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AuditLog audit;
    @Inject
    CampaignRepository campaigns;
    @Inject
    Fixtures fixtures;
    @Inject
    DispatchStore dispatch;

    ApiCalls officer;
    long versionId;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeAll
    void setUp() {
        officer = new ApiCalls(http, TestLogins.bearer(context, Roles.OFFICER));
        versionId = fixtures.testSurvey().versionId();
    }

    @Test
    void aCampaignIsStoredAsSentEvenWhenItsNameLooksLikeAnAttack() {
        Map<String, Object> created = officer.post("/api/campaigns", body(INJECTION)).body();
        assertEquals(INJECTION, created.get("name"));
        assertEquals("DRAFT", created.get("state"));
        Map<String, Object> read = officer.get("/api/campaigns/" + created.get("id"));
        assertEquals(INJECTION, read.get("name"));
        assertEquals(List.of(Map.of("days", "MON-FRI", "from", "10:00", "to", "18:00")), read.get("callingWindows"));
        assertEquals(Map.of("BUSY", "PT20M", "INTERRUPTED", "PT1H"), read.get("retryPolicy"));
        assertEquals(3, read.get("maxAttempts"));
        assertEquals("local", read.get("asteriskServer"));
        assertTrue(officer.list("/api/campaigns").stream().anyMatch(c -> c.get("id").equals(created.get("id"))));
        officer.refused(404, HttpRequest.GET("/api/campaigns/999999"));
    }

    @Test
    void badBodiesNameThePathAndChangeNothing() {
        long campaignsBefore = campaigns.count();
        long auditBefore = audit.count();
        assertEquals(List.of("$"), ApiCalls.errorPaths(officer.refused(400, HttpRequest.POST("/api/campaigns",
                "{\"name\": \"x\", ").contentType(MediaType.APPLICATION_JSON))));
        Map<String, Object> wrongType = body("x");
        wrongType.put("maxAttempts", "ten");
        assertEquals(List.of("$.maxAttempts"), ApiCalls.errorPaths(officer.refused(400,
                HttpRequest.POST("/api/campaigns", wrongType))), "a wrong JSON type is named by its path");
        Map<String, Object> wrongTypes = body("x");
        wrongTypes.put("maxAttempts", 11);
        wrongTypes.put("callingWindows", List.of(Map.of("days", "MON-FRI", "from", "10", "to", "18:00")));
        wrongTypes.put("retryPolicy", Map.of("BUSY", "20 minutes"));
        assertEquals(List.of("$.callingWindows[0].from", "$.retryPolicy.BUSY", "$.maxAttempts"),
                ApiCalls.errorPaths(officer.refused(400, HttpRequest.POST("/api/campaigns", wrongTypes))));
        Map<String, Object> noSurvey = body("x");
        noSurvey.put("surveyVersionId", 999999);
        assertEquals(List.of("$.surveyVersionId"), ApiCalls.errorPaths(officer.refused(400,
                HttpRequest.POST("/api/campaigns", noSurvey))));
        assertEquals(campaignsBefore, campaigns.count());
        assertEquals(auditBefore, audit.count());

        long id = id(officer.post("/api/campaigns", body("unchanged")).body());
        Map<String, Object> badUpdate = body("changed");
        badUpdate.put("endDate", "2020-01-01");
        badUpdate.put("startDate", "2020-02-01");
        assertEquals(List.of("$.endDate"), ApiCalls.errorPaths(officer.refused(400,
                HttpRequest.PUT("/api/campaigns/" + id, badUpdate))));
        assertEquals("unchanged", officer.get("/api/campaigns/" + id).get("name"));
    }

    @Test
    void startPauseResumeCancelFollowTheLifecycleAndAreAudited() {
        Map<String, Object> windowless = body("no windows yet");
        windowless.remove("callingWindows");
        long id = id(officer.post("/api/campaigns", windowless).body());
        assertTrue(officer.refused(409, HttpRequest.POST("/api/campaigns/" + id + "/start", ""))
                .getResponse().getBody(String.class).orElseThrow().contains("no calling window"));
        officer.put("/api/campaigns/" + id, body("with windows"));
        fixtures.respondents(id, 900_000, 3);

        assertEquals("RUNNING", officer.post("/api/campaigns/" + id + "/start", "").body().get("state"));
        officer.refused(409, HttpRequest.POST("/api/campaigns/" + id + "/start", ""));
        officer.refused(409, HttpRequest.PUT("/api/campaigns/" + id, body("changed while running")));
        assertEquals("PAUSED", officer.post("/api/campaigns/" + id + "/pause", "").body().get("state"));
        assertTrue(dispatch.claimDue(List.of(id), Instant.now(), 10, "test").isEmpty(),
                "the dispatcher claims nobody from a paused campaign");
        assertEquals("renamed", officer.put("/api/campaigns/" + id, body("renamed")).body().get("name"));
        Map<String, Object> otherVersion = body("renamed");
        otherVersion.put("surveyVersionId", fixtures.otherSurvey().versionId());
        officer.refused(409, HttpRequest.PUT("/api/campaigns/" + id, otherVersion));
        assertEquals("RUNNING", officer.post("/api/campaigns/" + id + "/resume", "").body().get("state"));
        assertEquals("CANCELLED", officer.post("/api/campaigns/" + id + "/cancel", "").body().get("state"));
        officer.refused(409, HttpRequest.POST("/api/campaigns/" + id + "/resume", ""));
        officer.refused(409, HttpRequest.POST("/api/campaigns/" + id + "/start", ""));
        officer.refused(404, HttpRequest.POST("/api/campaigns/999999/start", ""));

        List<String> actions = audit.findBySubjectOrderByAt("campaign/" + id).stream().map(AuditEntry::action)
                .toList();
        assertEquals(List.of("campaign.create", "campaign.update", "campaign.start", "campaign.pause",
                "campaign.update", "campaign.resume", "campaign.cancel"), actions);
        assertFalse(audit.findBySubjectOrderByAt("campaign/" + id).get(2).actor().isBlank());
    }

    @Test
    void aCampaignWithNobodyToCallCannotStart() {
        long id = id(officer.post("/api/campaigns", body("nobody imported yet")).body());
        long auditBefore = audit.count();
        assertTrue(officer.refused(409, HttpRequest.POST("/api/campaigns/" + id + "/start", ""))
                .getResponse().getBody(String.class).orElseThrow().contains("nobody to call"));
        assertEquals("DRAFT", officer.get("/api/campaigns/" + id).get("state"),
                "a running campaign with nobody pending would be completed by the dispatcher at once");
        assertEquals(auditBefore, audit.count());
        fixtures.respondents(id, 910_000, 1);
        assertEquals("RUNNING", officer.post("/api/campaigns/" + id + "/start", "").body().get("state"));
    }

    @Test
    void analystsAndStrangersGetNoCampaignEndpoint() {
        ApiCalls analyst = new ApiCalls(http, TestLogins.bearer(context, Roles.ANALYST));
        ApiCalls stranger = new ApiCalls(http, null);
        long id = id(officer.post("/api/campaigns", body("denials")).body());
        String c = "/api/campaigns/" + id;
        List<Supplier<MutableHttpRequest<?>>> requests = List.of(() -> HttpRequest.GET("/api/campaigns"),
                () -> HttpRequest.GET(c), () -> HttpRequest.POST("/api/campaigns", body("x")),
                () -> HttpRequest.PUT(c, body("x")), () -> HttpRequest.POST(c + "/start", ""),
                () -> HttpRequest.POST(c + "/pause", ""), () -> HttpRequest.POST(c + "/resume", ""),
                () -> HttpRequest.POST(c + "/cancel", ""), () -> HttpRequest.GET(c + "/progress"),
                () -> HttpRequest.GET(c + "/events"), () -> HttpRequest.GET(c + "/attempts"),
                () -> HttpRequest.GET("/api/callbacks"), () -> HttpRequest.POST("/api/callbacks/1/handled", "{}"),
                () -> HttpRequest.GET("/api/do-not-call"),
                () -> HttpRequest.POST("/api/do-not-call", Map.of("phone", "+358401234567")),
                () -> HttpRequest.POST("/api/respondents/erase", Map.of("phone", "+358401234567")));
        for (Supplier<MutableHttpRequest<?>> request : requests) {
            analyst.refused(403, request.get());
            stranger.refused(401, request.get());
        }
        assertEquals("DRAFT", officer.get(c).get("state"), "nothing was changed by the refused requests");
    }

    static long id(Map<String, Object> campaign) {
        return ((Number) campaign.get("id")).longValue();
    }

    Map<String, Object> body(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("surveyVersionId", versionId);
        body.put("callingWindows", List.of(Map.of("days", "MON-FRI", "from", "10:00", "to", "18:00")));
        body.put("retryPolicy", Map.of("BUSY", "PT20M", "INTERRUPTED", "PT1H"));
        body.put("maxAttempts", 3);
        body.put("asteriskServer", "local");
        return body;
    }
}
