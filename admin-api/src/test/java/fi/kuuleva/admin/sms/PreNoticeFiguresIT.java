package fi.kuuleva.admin.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The analysts' pre-notice figures on real PostgreSQL: called respondents by whether a pre-notice went (submitted or
 * delivered; not one queued, uncertain, failed or cancelled, nor a follow-up) and whether a call reached them, per
 * group, with every small count suppressed and no line left with a single suppressed entry. Residents never called
 * and other survey versions do not count.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreNoticeFiguresIT implements TestPropertyProvider {

    private static final List<String> COLUMNS = List.of("noticedReached", "noticedNotReached", "notNoticedReached",
            "notNoticedNotReached", "called");

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    CampaignRepository campaigns;

    private final Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
    private long version;
    private long phone = 4_000_900_000L;
    private ApiCalls analyst;

    @Override
    public Map<String, String> getProperties() {
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeAll
    void respondents() throws SQLException {
        version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("pre-notices", 3, 0);
        long other = campaigns.save(StoredCampaign.draft("other version", fixtures.otherSurvey().versionId(), 3, 0))
                .id();
        try (Connection db = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"))) {
            seed(db, campaign, "Imatra", "fi", 10, true, true, "DELIVERED", "PRE_NOTICE");
            seed(db, campaign, "Imatra", "sv", 2, true, true, "SUBMITTED", "PRE_NOTICE");
            seed(db, campaign, "Imatra", "fi", 6, true, false, "DELIVERED", "PRE_NOTICE");
            seed(db, campaign, "Imatra", "fi", 8, true, true, null, null);
            seed(db, campaign, "Imatra", "sv", 5, true, false, "UNCERTAIN", "PRE_NOTICE");
            seed(db, campaign, "Imatra", "fi", 2, true, false, "DELIVERED", "FOLLOW_UP");
            seed(db, campaign, "Lappeenranta", "fi", 6, true, true, "DELIVERED", "PRE_NOTICE");
            seed(db, campaign, "Lappeenranta", "fi", 5, true, false, "SUBMITTED", "PRE_NOTICE");
            seed(db, campaign, "Lappeenranta", "fi", 5, true, true, "CANCELLED", "PRE_NOTICE");
            seed(db, campaign, "Lappeenranta", "fi", 6, true, false, "FAILED", "PRE_NOTICE");
            seed(db, campaign, "Taipalsaari", "fi", 2, true, true, "DELIVERED", "PRE_NOTICE");
            seed(db, campaign, "Taipalsaari", "fi", 1, true, false, null, null);
            seed(db, campaign, "Imatra", "fi", 9, false, false, "DELIVERED", "PRE_NOTICE");
            seed(db, other, "Imatra", "fi", 7, true, true, "DELIVERED", "PRE_NOTICE");
        }
        analyst = new ApiCalls(http, TestLogins.bearer(context, Roles.ANALYST));
    }

    @Test
    void theTotalCountsOnlyCalledRespondentsAndOnlyPreNoticesThatWent() {
        Map<String, Object> report = analyst.get(uri(""));
        assertEquals(List.of(), report.getOrDefault("groups", List.of()), "no groups without a breakdown");
        assertEquals(Map.of("noticedReached", 20L, "noticedNotReached", 11L, "notNoticedReached", 13L,
                "notNoticedNotReached", 14L, "called", 58L), counts(row(report, "total")));
    }

    @Test
    void byMunicipalityASmallGroupIsSuppressedAndNoLineGivesItAway() {
        Map<String, Object> report = analyst.get(uri("?by=municipality"));
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Object group : (List<?>) report.get("groups")) {
            Map<String, Object> row = cast(group);
            rows.put((String) row.get("group"), row);
        }
        rows.put("total", row(report, "total"));
        assertEquals(List.of("Imatra", "Lappeenranta", "Taipalsaari", "total"),
                rows.keySet().stream().sorted().toList());
        for (String column : COLUMNS) {
            assertTrue(cast(rows.get("Taipalsaari").get(column)).containsKey("suppressed"),
                    "Taipalsaari has three called residents: " + column + " " + rows.get("Taipalsaari"));
        }
        Map<String, Long> imatra = Map.of("noticedReached", 12L, "noticedNotReached", 6L, "notNoticedReached", 8L,
                "notNoticedNotReached", 7L, "called", 33L);
        Map<String, Long> total = Map.of("noticedReached", 20L, "noticedNotReached", 11L, "notNoticedReached", 13L,
                "notNoticedNotReached", 14L, "called", 58L);
        assertFalse(counts(rows.get("Imatra")).isEmpty(), "the largest group is published: " + rows.get("Imatra"));
        counts(rows.get("Imatra")).forEach((column, n) -> assertEquals(imatra.get(column), n, "Imatra " + column));
        counts(rows.get("total")).forEach((column, n) -> assertEquals(total.get(column), n, "total " + column));
        for (Map<String, Object> row : rows.values()) {
            assertNotEquals(1L, COLUMNS.stream().filter(c -> cast(row.get(c)).containsKey("suppressed")).count(),
                    "one suppressed entry in a row is its total minus the rest: " + row);
        }
        for (String column : COLUMNS) {
            assertNotEquals(1L, rows.values().stream().filter(row -> cast(row.get(column)).containsKey("suppressed"))
                    .count(), "one suppressed entry in column " + column + " is its total minus the rest");
        }
    }

    @Test
    void byLanguageAndForOfficersToo() {
        ApiCalls officer = new ApiCalls(http, TestLogins.bearer(context, Roles.OFFICER));
        Map<String, Object> report = officer.get(uri("?by=language"));
        assertEquals("language", report.get("by"));
        Map<String, Object> swedish = ((List<?>) report.get("groups")).stream().map(PreNoticeFiguresIT::cast)
                .filter(row -> "sv".equals(row.get("group"))).findFirst().orElseThrow();
        assertEquals(7L, counts(swedish).get("called"), "two noticed and reached, five uncertain");
        assertEquals(List.of("$.by"), ApiCalls.errorPaths(analyst.refused(400, HttpRequest.GET(uri("?by=street")))));
    }

    private String uri(String query) {
        return "/api/reports/versions/" + version + "/pre-notices" + query;
    }

    /** {@code count} respondents in one group, called once or not, reached or not, with one text or none. */
    private void seed(Connection db, long campaign, String municipality, String language, int count, boolean called,
                      boolean reached, String textState, String kind) throws SQLException {
        for (int i = 0; i < count; i++) {
            long respondent;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO respondents (campaign_id, phone_e164,"
                    + " language, municipality, age_band, status, attempts) VALUES (?, ?, ?, ?, '75-84', ?, ?)"
                    + " RETURNING id")) {
                insert.setLong(1, campaign);
                insert.setString(2, "+358" + phone++);
                insert.setString(3, language);
                insert.setString(4, municipality);
                insert.setString(5, called ? "DONE" : "PENDING");
                insert.setInt(6, called ? 1 : 0);
                try (var result = insert.executeQuery()) {
                    result.next();
                    respondent = result.getLong(1);
                }
            }
            if (called) {
                try (PreparedStatement attempt = db.prepareStatement("INSERT INTO call_attempts (respondent_id,"
                        + " campaign_id, attempt_no, state, instance_id, outcome, queued_at, started_at, answered_at,"
                        + " ended_at) VALUES (?, ?, 1, 'COMPLETED', 'seed', ?, now(), now(),"
                        + " CASE WHEN ? THEN now() END, now())")) {
                    attempt.setLong(1, respondent);
                    attempt.setLong(2, campaign);
                    attempt.setString(3, reached ? "COMPLETED" : "NO_ANSWER");
                    attempt.setBoolean(4, reached);
                    attempt.executeUpdate();
                }
            }
            if (textState != null) {
                try (PreparedStatement text = db.prepareStatement("INSERT INTO text_messages (campaign_id,"
                        + " respondent_id, kind, body, state, tries, due_at, created_at)"
                        + " VALUES (?, ?, ?, 'Hei!', ?, 1, now(), now())")) {
                    text.setLong(1, campaign);
                    text.setLong(2, respondent);
                    text.setString(3, kind);
                    text.setString(4, textState);
                    text.executeUpdate();
                }
            }
        }
    }

    private static Map<String, Object> row(Map<String, Object> report, String name) {
        return cast(report.get(name));
    }

    /** The published counts of a row, by column. */
    private static Map<String, Long> counts(Map<String, Object> row) {
        Map<String, Long> counts = new HashMap<>();
        for (String column : COLUMNS) {
            Object count = cast(row.get(column)).get("count");
            if (count != null) {
                counts.put(column, ((Number) count).longValue());
            }
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
