package fi.kuuleva.admin.report.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.report.ReportData;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Response rates per campaign on real PostgreSQL: a version run as a large campaign and a pilot of three shows each
 * campaign's dispositions and rates, the pilot's hidden, and no disposition count can be had by subtracting one
 * campaign or the version's total from another.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignQualityIT implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    JsonMapper json;

    private final Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());

    @Override
    public Map<String, String> getProperties() {
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Test
    void eachCampaignHasItsRatesAndNoCountIsLeftAloneToBeSubtracted() throws Exception {
        long version = fixtures.testSurvey().versionId();
        long main = fixtures.runningCampaign("Syksy", 3, 0);
        long pilot = fixtures.runningCampaign("Pilotti", 3, 0);
        try (Connection db = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"))) {
            ReportData.respondents(db, main, 1, 240);
            ReportData.respondents(db, pilot, 5001, 3);
        }
        JsonNode quality = json.readValue(http.toBlocking().retrieve(HttpRequest.GET("/api/reports/versions/" + version
                + "/quality").bearerAuth(TestLogins.bearer(context, Roles.OFFICER)), String.class), JsonNode.class);
        JsonNode campaigns = quality.get("campaigns");
        assertEquals(2, campaigns.size(), quality.toString());
        JsonNode syksy = campaigns.get(0);
        JsonNode pilotti = campaigns.get(1);
        assertEquals("Syksy", syksy.get("name").getStringValue());
        assertEquals("Pilotti", pilotti.get("name").getStringValue());
        assertTrue(pilotti.get("sampled").get("suppressed").getBooleanValue(), "a pilot of three is not counted");
        assertNull(pilotti.get("rates"));
        assertNull(pilotti.get("responseRate"));

        List<JsonNode> overall = list(quality.get("dispositions"));
        for (int d = 0; d < overall.size(); d++) {
            int hidden = 0;
            String code = overall.get(d).get("code").getStringValue();
            for (JsonNode count : List.of(overall.get(d).get("count"), syksy.get("dispositions").get(code),
                    pilotti.get("dispositions").get(code))) {
                hidden += count.get("suppressed") != null ? 1 : 0;
            }
            assertTrue(hidden != 1, "disposition " + code
                    + ": one hidden count among the version and its two campaigns can be subtracted out");
        }
        if (syksy.get("rates") != null) {
            assertNotNull(syksy.get("responseRate"));
            assertTrue(syksy.get("responseRate").getDoubleValue() > 0.8);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.values().forEach(nodes::add);
        return nodes;
    }
}
