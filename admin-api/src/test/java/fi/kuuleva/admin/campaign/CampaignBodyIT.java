package fi.kuuleva.admin.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Campaign bodies over real HTTP and PostgreSQL: every mistake is a 400 problem naming its JSON path, with a clear
 * message and no database text, and nothing is stored.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignBodyIT implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    CampaignRepository campaigns;
    @Inject
    Fixtures fixtures;

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
    void everyWrongFieldIsNamedByItsJsonPath() {
        HttpClientResponseException refused = post("""
                {"name": "", "surveyVersionId": %d, "startDate": "2026-12-20", "endDate": "2026-12-01",
                 "callingWindows": [{"days": "MON-FRI", "from": "10:00", "to": "18:00"},
                                    {"days": "FRI-MON", "from": "25:00", "to": "9"},
                                    {"days": "MON", "from": "18:00", "to": "10:00"}],
                 "retryPolicy": {"BUSY": "20 minutes", "COMPLETED": "PT1H", "MACHINE": "PT0S", "FAILED": "P31D",
                                 "NO_RESPONSE": "1 day"},
                 "maxAttempts": 11, "priority": 1001}""".formatted(versionId));
        List<Object> paths = ApiCalls.errorPaths(refused);
        assertEquals(List.of("$.name", "$.callingWindows[1].days", "$.callingWindows[1].from", "$.callingWindows[1].to",
                "$.callingWindows[2].to", "$.retryPolicy.BUSY", "$.retryPolicy.COMPLETED", "$.retryPolicy.MACHINE",
                "$.retryPolicy.FAILED", "$.retryPolicy.NO_RESPONSE", "$.maxAttempts", "$.priority", "$.endDate")
                        .stream().sorted().toList(),
                paths.stream().map(String::valueOf).sorted().toList(), text(refused));
        assertTrue(text(refused).contains("$.retryPolicy.BUSY: not an ISO-8601 duration: '20 minutes'"),
                text(refused));
    }

    @Test
    void theBodyItselfAndWrongTypesAreNamedByTheirPath() {
        assertEquals(List.of("$.name", "$.surveyVersionId"), paths("{}"));
        assertEquals(List.of("$"), paths("{\"name\": "));
        assertEquals(List.of("$"), paths("[1, 2]"));
        assertEquals(List.of("$.callingWindows"), paths(valid("\"callingWindows\": \"MON-FRI 10-18\"")));
        assertEquals(List.of("$.surveyVersionId"), paths("{\"name\": \"x\", \"surveyVersionId\": \"three\"}"));
        assertEquals(List.of("$.priority"), paths(valid("\"priority\": \"high\"")));
        assertEquals(List.of("$.surveyVersionId", "$.maxAttempts", "$.priority"), paths("{\"name\": \"x\","
                + " \"surveyVersionId\": " + versionId + ".5, \"maxAttempts\": 2.5, \"priority\": 1.5}"),
                "a fraction is refused, never cut");
        assertEquals(List.of("$.startDate"), paths(valid("\"startDate\": \"2026-13-01\"")));
    }

    @Test
    void duplicateKeysTrailingTextAndUnknownFieldsAreRefusedAtTheirPlace() {
        assertEquals(List.of("$.name"), paths("{\"name\": \"x\", \"name\": \"y\", \"surveyVersionId\": 1}"));
        assertEquals(List.of("$.callingWindows[0].from"), paths(valid("\"callingWindows\": [{\"days\": \"MON\","
                + " \"from\": \"10:00\", \"from\": \"09:00\", \"to\": \"11:00\"}]")));
        HttpClientResponseException trailing = post(valid("") + " {\"name\": \"again\"}");
        assertEquals(List.of("$"), ApiCalls.errorPaths(trailing));
        assertTrue(text(trailing).contains("more after the JSON value"), text(trailing));
        assertEquals(List.of("$"), paths(valid("") + " trailing"));
        assertEquals(List.of("$.colour"), paths(valid("\"colour\": \"red\"")));
        assertEquals(List.of("$.callingWindows[1].x"), paths(valid("\"callingWindows\": [{\"days\": \"MON\","
                + " \"from\": \"10:00\", \"to\": \"11:00\"}, {\"days\": \"TUE\", \"from\": \"10:00\","
                + " \"to\": \"11:00\", \"x\": 1}]")));
    }

    @Test
    void farYearsAndNulCharactersAreClearRefusalsNotDatabaseErrors() {
        long before = campaigns.count();
        for (String date : List.of("+292278994-08-17", "-0001-12-31", "1999-12-31", "2101-01-01")) {
            HttpClientResponseException refused = post(valid("\"startDate\": \"" + date + "\""));
            assertEquals(List.of("$.startDate"), ApiCalls.errorPaths(refused), date);
            assertTrue(text(refused).contains("must be in the years 2000 to 2100"), text(refused));
        }
        assertEquals(List.of("$.endDate"), paths(valid("\"endDate\": \"292278994-08-17\"")));
        HttpClientResponseException nul = post("{\"name\": \"Kev\\u0000t\", \"surveyVersionId\": " + versionId
                + "}");
        assertEquals(List.of("$.name"), ApiCalls.errorPaths(nul));
        assertTrue(text(nul).contains("NUL"), text(nul));
        assertEquals(List.of("$.callingWindows[0].days"), paths(valid("\"callingWindows\": [{\"days\":"
                + " \"MON\\u0000\", \"from\": \"10:00\", \"to\": \"11:00\"}]")));
        assertEquals(List.of("$.name"), paths("{\"name\": \"tab\\tin name\", \"surveyVersionId\": " + versionId
                + "}"));
        for (HttpClientResponseException refused : List.of(nul)) {
            assertFalse(text(refused).toLowerCase().contains("sql"), text(refused));
        }
        assertEquals(before, campaigns.count(), "nothing was stored");
        assertEquals("2100-12-31", officer.post("/api/campaigns", Map.of("name", "last year", "surveyVersionId",
                versionId, "startDate", "2000-01-01", "endDate", "2100-12-31")).body().get("endDate"));
    }

    private String valid(String more) {
        return "{\"name\": \"x\", \"surveyVersionId\": " + versionId + (more.isEmpty() ? "" : ", " + more) + "}";
    }

    private List<Object> paths(String json) {
        return ApiCalls.errorPaths(post(json));
    }

    private HttpClientResponseException post(String json) {
        return officer.refused(400, HttpRequest.POST("/api/campaigns", json).contentType(MediaType.APPLICATION_JSON));
    }

    private static String text(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }
}
