package fi.kuuleva.admin.report.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.report.ReportData;
import fi.kuuleva.admin.report.aggregate.AnswerAggregates;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The weighted distribution over HTTP on real PostgreSQL: each value's share is the weighted indicator of that value,
 * strata of the population table without respondents are reported with their share rather than dropped, and no
 * population table gets a weighted figure out of a municipality of two.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeightedDistributionIT implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    AnswerAggregates aggregates;
    @Inject
    JsonMapper json;

    private final Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
    private long version;
    private String analyst;

    @Override
    public Map<String, String> getProperties() {
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeAll
    void answers() throws SQLException {
        version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("weighted", 3, 0);
        try (Connection db = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"))) {
            ReportData.respondents(db, campaign, 1, 240);
            long[] ids = ReportData.respondentIds(db, campaign);
            ReportData.answers(db, campaign, "arki", new String[] {"1", "2", "3", "4", "5", "4", "5", "3"}, 7,
                    ids[0], ids[1]);
            try (var statement = db.createStatement()) {
                statement.executeUpdate("UPDATE respondents SET municipality = 'Pikkukylä' WHERE id IN ("
                        + ids[0] + ", " + (ids[0] + 1) + ")");
            }
        }
        aggregates.rebuild(version);
        analyst = TestLogins.bearer(context, Roles.ANALYST);
    }

    @Test
    void sharesAreTheWeightedIndicatorsAndEmptyStrataAreReportedWithTheirShare() throws IOException {
        assertEquals(200, status(population("Lappeenranta;65-74;5000\nLappeenranta;75-84;3000\n"
                + "Lappeenranta;85+;1000\nImatra;65-74;900\nImatra;75-84;1200\nLuumäki;75-84;700\n"
                + "Rautjärvi;75-84;800\n")));
        JsonNode weighted = get(base() + "/questions/arki/distribution/weighted");
        assertNotNull(weighted.get("answers"), weighted.toString());
        assertTrue(weighted.get("n").getLongValue() >= 5);
        assertTrue(weighted.get("effectiveN").getDoubleValue() <= weighted.get("n").getLongValue());
        double sum = 0;
        for (JsonNode share : weighted.get("answers").values()) {
            double p = share.get("share").getDoubleValue();
            assertTrue(share.get("ciLow").getDoubleValue() <= p && p <= share.get("ciHigh").getDoubleValue());
            sum += p;
        }
        assertEquals(1.0, sum, 1e-9);
        JsonNode rautjarvi = null;
        for (JsonNode stratum : weighted.get("collapsed").values()) {
            if ("Rautjärvi".equals(stratum.get("municipality") == null ? null
                    : stratum.get("municipality").getStringValue())) {
                rautjarvi = stratum;
            }
        }
        assertNotNull(rautjarvi, "a municipality of the table with nobody answering is reported: " + weighted);
        assertEquals(800.0 / 12600, rautjarvi.get("populationShare").getDoubleValue(), 1e-9);
        assertEquals("noRespondents", rautjarvi.get("reason").getStringValue());

        String answersFour = http.toBlocking().retrieve(HttpRequest.POST(base() + "/indicators",
                Map.of("name", "four", "questionId", "arki", "values", List.of("4"))).bearerAuth(analyst));
        JsonNode indicator = json.readValue(answersFour, JsonNode.class).get("figure").get("weighted");
        JsonNode four = null;
        for (JsonNode share : weighted.get("answers").values()) {
            if (share.get("value").getStringValue().equals("4")) {
                four = share;
            }
        }
        assertNotNull(four);
        assertEquals(indicator.get("estimate").getDoubleValue(), four.get("share").getDoubleValue(), 1e-12,
                "the weighted share of a value is the weighted indicator of that value");
        assertEquals(indicator.get("stratifiedBy").getStringValue(), weighted.get("stratifiedBy").getStringValue());
        assertEquals(weighted.get("collapsed").size(), indicator.get("collapsed").size(),
                "the indicator reports the same collapsed strata");
    }

    @Test
    void noPopulationTableGetsAWeightedShareOutOfAMunicipalityOfTwo() throws IOException {
        for (String table : List.of("Pikkukylä;65-74;1000\n", "Pikkukylä;75-84;1000\nPikkukylä;85+;1000\n",
                "Pikkukylä;65-74;1000000000\nImatra;65-74;1\n", "Pikkukylä;65-74;1\nPikkukylä;75-84;1\n"
                        + "Pikkukylä;85+;1\nLappeenranta;65-74;1000000000\n")) {
            assertEquals(200, status(population(table)));
            JsonNode weighted = get(base() + "/questions/arki/distribution/weighted");
            if (weighted.get("answers") != null) {
                assertTrue(weighted.get("n").getLongValue() >= 5, table + ": " + weighted);
                assertFalse(weighted.get("stratifiedBy").getStringValue().contains("x"), table + ": " + weighted);
                for (JsonNode stratum : weighted.get("collapsed").values()) {
                    if (stratum.get("municipality") != null
                            && stratum.get("municipality").getStringValue().equals("Pikkukylä")) {
                        assertEquals("suppressed", stratum.get("reason").getStringValue(),
                                "its answers are left out, its population is not: " + weighted);
                    }
                }
            }
        }
    }

    @Test
    void readersNeedAReportRoleAndWrongQuestionsAre404() {
        String path = base() + "/questions/arki/distribution/weighted";
        assertEquals(401, status(HttpRequest.GET(path), null));
        assertEquals(403, status(HttpRequest.GET(path), TestLogins.bearer(context, Roles.ADMIN)));
        assertEquals(200, status(HttpRequest.GET(path), TestLogins.bearer(context, Roles.OFFICER)));
        assertEquals(404, status(HttpRequest.GET(base() + "/questions/nothing/distribution/weighted"), analyst));
        assertEquals(404, status(HttpRequest.GET("/api/reports/versions/999999/questions/arki/distribution/weighted"),
                analyst));
    }

    private JsonNode get(String path) throws IOException {
        return json.readValue(http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(analyst), String.class),
                JsonNode.class);
    }

    private String base() {
        return "/api/reports/versions/" + version;
    }

    private int status(MutableHttpRequest<?> request) {
        return status(request, analyst);
    }

    private int status(MutableHttpRequest<?> request, String token) {
        try {
            if (token != null) {
                request.bearerAuth(token);
            }
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private static MutableHttpRequest<?> population(String csv) {
        return HttpRequest.PUT("/api/reports/population", csv.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/csv"));
    }
}
