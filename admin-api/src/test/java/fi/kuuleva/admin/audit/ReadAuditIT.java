package fi.kuuleva.admin.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Officers' reads of personal data leave who, what and when in the audit log, never the numbers they read. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadAuditIT implements TestPropertyProvider {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AuditLog audit;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void readsOfAttemptsCallBacksTheDoNotCallListAndImportsAreAuditedWithoutNumbers() throws Exception {
        ApiCalls reader = new ApiCalls(http, TestLogins.bearerFor(context, TestLogins.user(context, "reader",
                Roles.OFFICER)));
        long campaign = fixtures.runningCampaign("read", 3, 0);
        fixtures.respondents(campaign, 900_000, 2);
        reader.post("/api/do-not-call", Map.of("phone", "040 7654321"));
        long before = audit.count();

        reader.list("/api/campaigns/" + campaign + "/attempts?limit=10");
        reader.list("/api/callbacks?open=true&campaignId=" + campaign);
        List<Map<String, Object>> listed = reader.list("/api/do-not-call");
        reader.list("/api/campaigns/" + campaign + "/imports");
        reader.refused(404, HttpRequest.GET("/api/campaigns/999999/attempts"));

        List<AuditEntry> reads = audit.newest(Long.MAX_VALUE, 100).stream().filter(e -> e.id() > before)
                .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        assertEquals(List.of("attempts.read", "callbacks.read", "do-not-call.read", "imports.read"),
                reads.stream().map(AuditEntry::action).toList(), "one entry per read; none for the refused one");
        assertTrue(reads.stream().allMatch(e -> e.actor().equals("reader") && e.at() != null), reads.toString());
        assertEquals("campaign/" + campaign, reads.get(0).subject());
        assertEquals(Map.of("id", campaign, "limit", 10L, "rows", 0L), details(reads.get(0)));
        assertEquals(Map.of("campaignId", campaign, "open", true, "rows", 0L), details(reads.get(1)));
        assertEquals(Map.of("rows", (long) listed.size()), details(reads.get(2)));
        assertEquals("campaign/" + campaign, reads.get(3).subject());
        assertTrue(audit.newest(Long.MAX_VALUE, 1000).stream().noneMatch(e -> e.details().contains("7654321")),
                "no number in the audit log");
    }

    private static Map<String, Object> details(AuditEntry entry) throws Exception {
        Map<String, Object> details = JSON.readValue(entry.details(), new TypeReference<Map<String, Object>>() { });
        details.replaceAll((key, value) -> value instanceof Integer small ? Long.valueOf(small) : value);
        return details;
    }
}
