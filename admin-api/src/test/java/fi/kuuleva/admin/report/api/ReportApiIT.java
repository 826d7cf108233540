package fi.kuuleva.admin.report.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.audit.AuditLog;
import fi.kuuleva.admin.report.ReportData;
import fi.kuuleva.admin.report.aggregate.AnswerAggregates;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The report endpoints over HTTP: roles and denials, suppression, bad input, exports and what analysts never see. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiIT implements TestPropertyProvider {

    private static final String RECORDING = "/media/recordings/attempt-1-palaute.wav";

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
    AuditLog auditLog;
    @Inject
    JsonMapper json;

    private final Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
    private long version;
    private String analyst;
    private String officer;

    @Override
    public Map<String, String> getProperties() {
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @BeforeAll
    void answers() throws SQLException {
        version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("report", 3, 0);
        try (Connection db = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"))) {
            ReportData.respondents(db, campaign, 1, 240);
            long[] ids = ReportData.respondentIds(db, campaign);
            ReportData.answers(db, campaign, "arki", new String[] {"1", "2", "3", "4", "5", "4", "5", "3"}, 7,
                    ids[0], ids[1]);
            ReportData.answers(db, campaign, "yksin", new String[] {"yes", "no"}, 3, ids[0], ids[1]);
            // A municipality of two: its cells must never be published.
            try (var statement = db.createStatement()) {
                statement.executeUpdate("UPDATE respondents SET municipality = 'Pikkukylä' WHERE id IN ("
                        + ids[0] + ", " + (ids[0] + 1) + ")");
                statement.executeUpdate("INSERT INTO answers (respondent_id, question_id, attempt_id, value, source,"
                        + " transcript, recording_path, answered_at) SELECT respondent_id, 'palaute', id, '"
                        + RECORDING + "', 'RECORDING', 'soittakaa minulle numeroon 0401234567', '" + RECORDING
                        + "', now() FROM call_attempts WHERE respondent_id = " + ids[0]);
            }
        }
        aggregates.rebuild(version);
        analyst = TestLogins.bearer(context, Roles.ANALYST);
        officer = TestLogins.bearer(context, Roles.OFFICER);
    }

    @Test
    void everyEndpointRefusesAnonymousUsersAndUsersWithoutAReportRole() {
        String admin = TestLogins.bearer(context, Roles.ADMIN);
        for (String path : readPaths()) {
            assertEquals(401, status(HttpRequest.GET(path), null), path);
            assertEquals(403, status(HttpRequest.GET(path), admin), path);
            assertEquals(200, status(HttpRequest.GET(path), officer), path);
            assertEquals(200, status(HttpRequest.GET(path), analyst), path);
        }
        MutableHttpRequest<?> indicator = HttpRequest.POST(base() + "/indicators",
                Map.of("name", "x", "questionId", "arki", "values", List.of("4")));
        assertEquals(401, status(indicator, null));
        assertEquals(403, status(indicator, officer), "officers read reports, analysts define them");
        MutableHttpRequest<?> population = population("Imatra;75-84;100\n");
        assertEquals(401, status(population, null));
        assertEquals(403, status(population, officer));
        assertEquals(403, status(HttpRequest.DELETE(base() + "/indicators/1"), officer));
        assertEquals(403, status(HttpRequest.POST(base() + "/rebuild", Map.of()), officer));
    }

    @Test
    void anAnalystNeverReceivesPhoneNumbersRecordingsOrRespondentRows() throws IOException {
        assertEquals(200, status(population("municipality;ageBand;population\nImatra;75-84;1200\n"
                + "Lappeenranta;65-74;5000\nLappeenranta;75-84;3000\n"), analyst));
        assertEquals(201, status(HttpRequest.POST(base() + "/indicators",
                Map.of("name", "walk", "questionId", "arki", "values", List.of("4", "5"))), analyst));
        List<String> bodies = new ArrayList<>();
        for (String path : readPaths()) {
            bodies.add(body(path, analyst));
        }
        for (String body : bodies) {
            for (String forbidden : List.of("+358", "0401234567", RECORDING, "recording", "soittakaa", "phone",
                    "respondentId", "respondent_id", "transcript", "externalRef")) {
                assertFalse(body.contains(forbidden), "'" + forbidden + "' in " + body.substring(0,
                        Math.min(300, body.length())));
            }
        }
        JsonNode questions = json.readValue(body(base() + "/questions", analyst), JsonNode.class);
        assertEquals(4, questions.size());
    }

    @Test
    void aSmallGroupIsSuppressedWithItsComplementAndTheTotalStaysPublished() throws IOException {
        JsonNode table = json.readValue(body(base() + "/questions/arki/distribution?by=municipality", analyst),
                JsonNode.class);
        JsonNode small = null;
        int suppressedGroups = 0;
        for (JsonNode group : table.get("groups").values()) {
            if (group.get("group").getStringValue().equals("Pikkukylä")) {
                small = group;
            }
            if (group.get("suppressed") != null) {
                suppressedGroups++;
            }
        }
        assertNotNull(small);
        assertTrue(small.get("suppressed").getBooleanValue());
        assertNull(small.get("n"));
        for (JsonNode answer : small.get("answers").values()) {
            assertNull(answer.get("count"), "no count of the small group is published");
        }
        assertTrue(suppressedGroups >= 2, "a second group hides the first's n from the total");
        assertEquals(240, table.get("total").get("n").getLongValue());
        JsonNode check = json.readValue(body(base() + "/check", analyst), JsonNode.class);
        assertTrue(check.get("agree").getBooleanValue());
    }

    @Test
    void responseQualityGivesAaporRatesAndHidesTheSmallMunicipality() throws IOException, SQLException {
        long refusals;
        try (Connection db = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"))) {
            refusals = ReportData.number(db, "SELECT count(*) FROM call_attempts a JOIN campaigns c ON c.id ="
                    + " a.campaign_id WHERE c.survey_version_id = " + version
                    + " AND a.survey_outcome IN ('REFUSED', 'OPTED_OUT')");
        }
        JsonNode quality = json.readValue(body(base() + "/quality", analyst), JsonNode.class);
        long published = 0;
        for (JsonNode disposition : quality.get("dispositions").values()) {
            JsonNode count = disposition.get("count").get("count");
            published += count == null ? 0 : count.getLongValue();
            if (disposition.get("code").getStringValue().equals("2.11")) {
                assertEquals(refusals, count.getLongValue(), "refusals and opt-outs are AAPOR 2.11");
            }
        }
        assertEquals(240, published);
        JsonNode rates = quality.get("rates");
        assertEquals((240.0 - refusals) / 240, rates.get("rr2").getDoubleValue(), 1e-9);
        assertEquals(rates.get("rr2").getDoubleValue(), rates.get("rr6").getDoubleValue(), 1e-9,
                "every case was reached, so unknown eligibility does not lower the rate");
        double r = quality.get("rIndicator").get("r").getDoubleValue();
        assertTrue(r > 0 && r <= 1, "R-indicator " + r);

        assertEquals(200, status(population("Lappeenranta;65-74;5000\nImatra;75-84;1200\nRautjärvi;75-84;800\n"),
                analyst));
        JsonNode byMunicipality = json.readValue(body(base() + "/quality?by=municipality", analyst), JsonNode.class);
        JsonNode small = null;
        JsonNode unsampled = null;
        for (JsonNode group : byMunicipality.get("groups").values()) {
            if (group.get("group").getStringValue().equals("Pikkukylä")) {
                small = group;
            }
            if (group.get("group").getStringValue().equals("Rautjärvi")) {
                unsampled = group;
            }
        }
        assertNotNull(unsampled, "a municipality of the population table with nobody sampled is listed");
        assertEquals(0, unsampled.get("sampled").get("count").getLongValue());
        assertEquals(800.0 / 7000, unsampled.get("populationShare").getDoubleValue(), 1e-9);
        assertNotNull(small);
        assertNull(small.get("sampled").get("count"), "a municipality of two is never counted");
        assertNull(small.get("rates"));
        assertNull(small.get("responseRate"));
    }

    @Test
    void aQuestionComparedAcrossRoundsGivesSharesIntervalsAndALongCsv() throws IOException {
        String query = "/api/reports/rounds?question=arki&values=4,5&versions=" + version + "," + version;
        JsonNode rounds = json.readValue(body(query + "&by=municipality", analyst), JsonNode.class);
        JsonNode first = rounds.get("figures").get(0);
        assertEquals("total", first.get("area").getStringValue());
        assertEquals(240, first.get("n").getLongValue());
        double share = first.get("share").getDoubleValue();
        assertTrue(first.get("ciLow").getDoubleValue() < share && share < first.get("ciHigh").getDoubleValue());
        JsonNode again = null;
        for (JsonNode figure : rounds.get("figures").values()) {
            if (figure.get("area").getStringValue().equals("Pikkukylä")) {
                assertTrue(figure.get("suppressed").getBooleanValue(), "a municipality of two has no share");
                assertNull(figure.get("share"));
            }
            if (figure.get("area").getStringValue().equals("total") && figure != first) {
                again = figure;
            }
        }
        assertNotNull(again);
        assertEquals(0.0, again.get("change").getDoubleValue(), 1e-12);
        assertFalse(again.get("significant").getBooleanValue());
        String csv = body("/api/reports/rounds/export.csv?question=arki&values=4,5&versions=" + version + "," + version,
                analyst);
        assertTrue(csv.startsWith("indicator;area;round;value;ci_low;ci_high;n;significant_change\narki=4|5;total;1;"),
                csv);
        assertEquals(400, refused(HttpRequest.GET("/api/reports/rounds?question=arki&values=4&versions=" + version),
                analyst).code(), "one round is no comparison");
        assertEquals(403, status(HttpRequest.GET(query), TestLogins.bearer(context, Roles.ADMIN)));
    }

    @Test
    void twoQuestionsCrossTabulatedHaveTheDistributionsAsTotals() throws IOException {
        JsonNode table = json.readValue(body(base() + "/crosstab?row=arki&column=yksin", analyst), JsonNode.class);
        JsonNode arki = json.readValue(body(base() + "/questions/arki/distribution", analyst), JsonNode.class);
        JsonNode yksin = json.readValue(body(base() + "/questions/yksin/distribution", analyst), JsonNode.class);
        assertEquals("yes", table.get("columns").get(0).getStringValue());
        assertEquals("no", table.get("columns").get(1).getStringValue());
        long cells = 0;
        for (JsonNode row : table.get("rows").values()) {
            if (row.get("noAnswer") != null) {
                assertEquals(0, row.get("total").get("count").getLongValue(), "everyone answered both");
                continue;
            }
            JsonNode published = answer(arki, row.get("value").getStringValue());
            assertEquals(published.get("count").getLongValue(), row.get("total").get("count").getLongValue(),
                    "a line's total is the row question's published count");
            assertEquals(0, row.get("unanswered").get("count").getLongValue());
            for (JsonNode cell : row.get("cells").values()) {
                cells += cell.get("count").getLongValue();
            }
        }
        assertEquals(240, cells, "no cell of this table is small");
        JsonNode totals = table.get("total").get("cells");
        assertEquals(answer(yksin, "yes").get("count").getLongValue(), totals.get(0).get("count").getLongValue());
        assertEquals(answer(yksin, "no").get("count").getLongValue(), totals.get(1).get("count").getLongValue());
        assertEquals(400, refused(HttpRequest.GET(base() + "/crosstab?row=arki&column=arki"), analyst).code());
        assertEquals(404, refused(HttpRequest.GET(base() + "/crosstab?row=arki&column=palaute"), analyst).code(),
                "open answers are never counted");
    }

    private static JsonNode answer(JsonNode distribution, String value) {
        for (JsonNode answer : distribution.get("total").get("answers").values()) {
            if (answer.get("value").getStringValue().equals(value)) {
                return answer;
            }
        }
        throw new AssertionError(value + " not in " + distribution);
    }

    @Test
    void thePrintableReportSpeaksTheLanguageAskedForAndIsAuditedAsAnExport() throws IOException {
        String swedish = body(base() + "/report.html?lang=sv", analyst);
        assertTrue(swedish.contains("lang=\"sv\""), swedish.substring(0, 300));
        assertTrue(swedish.contains("Enkätens resultat") && swedish.contains("Svarsfrekvens RR2"), swedish);
        assertTrue(swedish.contains("<caption>240 svar</caption>"), "the question's total n: " + swedish);
        assertTrue(swedish.contains("<link rel=\"stylesheet\" href=\"/ui/report.css\""),
                "the browser's Content-Security-Policy allows no inline style: the sheet is linked");
        assertEquals(200, http.toBlocking().exchange(HttpRequest.GET("/ui/report.css"), String.class).code());
        String finnish = body(base() + "/report.html", officer);
        assertTrue(finnish.contains("Kyselyn tulokset") && finnish.contains("Vastausaste RR2"));

        HttpResponse<byte[]> pdf = http.toBlocking().exchange(HttpRequest.GET(base() + "/report.pdf?lang=en")
                .bearerAuth(analyst), byte[].class);
        byte[] bytes = pdf.body();
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "report-en.pdf"), bytes);
        try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("Survey results") && text.contains("Response rate RR2"), text);
            assertTrue(document.getDocumentCatalog().getMarkInfo() != null
                    && document.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF for screen readers");
            assertEquals("en", document.getDocumentCatalog().getLanguage());
        }
        assertEquals(400, refused(HttpRequest.GET(base() + "/report.html?lang=de"), analyst).code());
        assertTrue(auditLog.findBySubjectOrderByAt("survey-version/" + version).stream()
                .anyMatch(entry -> entry.action().equals("report.document")), "report downloads are audited");
    }

    @Test
    void badRequestsGetAClearProblemAndChangeNothing() throws IOException {
        HttpClientResponseException badBy = refused(HttpRequest.GET(base() + "/response?by=phone"), analyst);
        assertEquals(400, badBy.code());
        assertTrue(problem(badBy).contains("$.by"), problem(badBy));
        assertEquals(404, status(HttpRequest.GET("/api/reports/versions/999999/response"), analyst));
        assertEquals(404, status(HttpRequest.GET(base() + "/questions/nothing/distribution"), analyst));

        assertEquals(200, status(population("Imatra;75-84;1200\n"), analyst));
        String before = body(base() + "/weights", analyst);
        HttpClientResponseException badCsv = refused(population(
                "Imatra;75-84;1300\nLappeenranta;65-74;lots\nImatra;75-84;5\nonly;two\n"), analyst);
        assertEquals(422, badCsv.code());
        String problem = problem(badCsv);
        assertTrue(problem.contains("\"line\":2") && problem.contains("\"field\":\"population\""), problem);
        assertTrue(problem.contains("\"line\":3") && problem.contains("already on line 1"), problem);
        assertTrue(problem.contains("\"line\":4"), problem);
        assertEquals(before, body(base() + "/weights", analyst), "a rejected file changes nothing");
        assertEquals(413, status(population("x".repeat(PopulationController.MAX_BYTES + 1)), analyst));

        HttpClientResponseException badIndicator = refused(HttpRequest.POST(base() + "/indicators",
                Map.of("name", "", "questionId", "arki", "values", List.of("4", "9"))), analyst);
        assertEquals(422, badIndicator.code());
        assertTrue(problem(badIndicator).contains("$.name"), problem(badIndicator));
        assertTrue(problem(badIndicator).contains("$.values[1]"), problem(badIndicator));
        Map<String, Object> good = Map.of("name", "'; DROP TABLE answers; --", "questionId", "yksin",
                "values", List.of("yes"));
        assertEquals(201, status(HttpRequest.POST(base() + "/indicators", good), analyst));
        assertEquals(409, status(HttpRequest.POST(base() + "/indicators", good), analyst));
        assertTrue(aggregates.check(version).liveAnswers() > 0, "the answers are still there");
    }

    @Test
    void indicatorsCarryIntervalsAndWeightedEstimatesAndExportsAreAudited() throws IOException {
        assertEquals(200, status(population("Lappeenranta;65-74;5000\nLappeenranta;75-84;3000\nImatra;65-74;900\n"
                + "Imatra;75-84;1200\nImatra;85+;400\n"), analyst));
        HttpResponse<String> created = http.toBlocking().exchange(HttpRequest.POST(base() + "/indicators",
                Map.of("name", "arki hyvin", "questionId", "arki", "values", List.of("4", "5"))).bearerAuth(analyst),
                String.class);
        JsonNode indicator = json.readValue(created.body(), JsonNode.class);
        JsonNode figure = indicator.get("figure");
        double estimate = figure.get("estimate").getDoubleValue();
        assertTrue(figure.get("ciLow").getDoubleValue() < estimate && estimate < figure.get("ciHigh").getDoubleValue());
        assertEquals(240, figure.get("n").getLongValue());
        JsonNode weighted = figure.get("weighted");
        assertNotNull(weighted, created.body());
        assertTrue(weighted.get("effectiveN").getDoubleValue() <= weighted.get("n").getLongValue());

        String csv = body(base() + "/export.csv", analyst);
        assertTrue(csv.startsWith("section;question;by;group;item"), csv.substring(0, 80));
        assertTrue(csv.contains("indicator;arki;;;arki hyvin;240;"), "the indicator's total line");
        assertTrue(body(base() + "/export.json", analyst).contains("\"distributions\""));
        long exports = auditLog.findBySubjectOrderByAt("survey-version/" + version).stream()
                .filter(entry -> entry.action().equals("report.export")).count();
        assertTrue(exports >= 2, "each download is audited");

        long id = indicator.get("id").getLongValue();
        assertEquals(204, status(HttpRequest.DELETE(base() + "/indicators/" + id), analyst));
        assertEquals(404, status(HttpRequest.DELETE(base() + "/indicators/" + id), analyst));
    }

    @Test
    void noPopulationTableGivesAWeightedFigureOnFewerThanTheMinimumCell() throws IOException {
        HttpResponse<String> created = http.toBlocking().exchange(HttpRequest.POST(base() + "/indicators",
                Map.of("name", "yksin kyllä", "questionId", "yksin", "values", List.of("yes"))).bearerAuth(analyst),
                String.class);
        long id = json.readValue(created.body(), JsonNode.class).get("id").getLongValue();
        // Pikkukylä has two respondents: tables isolating it, alone, as strata of one, or with extreme weights.
        for (String table : List.of("Pikkukylä;65-74;1000\n", "Pikkukylä;75-84;1000\nPikkukylä;85+;1000\n",
                "Pikkukylä;65-74;1000000000\nImatra;65-74;1\n", "Pikkukylä;65-74;1\nPikkukylä;75-84;1\n"
                        + "Pikkukylä;85+;1\nLappeenranta;65-74;1000000000\n")) {
            assertEquals(200, status(population(table), analyst));
            for (String path : List.of(base() + "/indicators", base() + "/indicators?by=municipality")) {
                for (JsonNode report : json.readValue(body(path, analyst), JsonNode.class).values()) {
                    JsonNode weighted = report.get("figure").get("weighted");
                    if (weighted != null) {
                        assertTrue(weighted.get("n").getLongValue() >= 5, table + ": " + weighted);
                        assertFalse(weighted.get("stratifiedBy").getStringValue().contains("x"),
                                "Pikkukylä's strata are small: no cross strata, " + weighted);
                    }
                }
            }
            for (String line : body(base() + "/export.csv", analyst).split("\r\n")) {
                if (line.startsWith("indicator-weighted;")) {
                    assertTrue(Long.parseLong(line.split(";")[5]) >= 5, table + ": " + line);
                }
            }
            for (JsonNode stratum : json.readValue(body(base() + "/weights", analyst), JsonNode.class).get("strata")
                    .values()) {
                if (stratum.get("municipality").getStringValue().equals("Pikkukylä")) {
                    assertTrue(stratum.get("respondents").get("suppressed").getBooleanValue(), stratum.toString());
                    assertNull(stratum.get("weight"), stratum.toString());
                }
            }
        }
        assertEquals(204, status(HttpRequest.DELETE(base() + "/indicators/" + id), analyst));
    }

    private List<String> readPaths() {
        String b = base();
        return List.of("/api/reports/versions", b + "/questions", b + "/questions/arki/distribution",
                b + "/questions/arki/distribution?by=municipality", b + "/questions/yksin/distribution?by=ageBand",
                b + "/questions/asuminen/distribution?by=language", b + "/response", b + "/response?by=municipality",
                b + "/response?by=language", b + "/indicators", b + "/indicators?by=ageBand", b + "/weights",
                b + "/export.csv", b + "/export.json", b + "/check", b + "/quality", b + "/quality?by=municipality",
                b + "/quality?by=language", b + "/report.html", b + "/report.html?lang=sv", b + "/report.pdf",
                b + "/crosstab?row=arki&column=yksin");
    }

    private String base() {
        return "/api/reports/versions/" + version;
    }

    private static MutableHttpRequest<?> population(String csv) {
        return HttpRequest.PUT("/api/reports/population", csv.getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/csv"));
    }

    private String body(String path, String token) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), String.class);
    }

    private int status(MutableHttpRequest<?> request, String token) {
        try {
            return exchange(request, token).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request, String token) {
        try {
            exchange(request, token);
        } catch (HttpClientResponseException e) {
            return e;
        }
        throw new AssertionError(request.getPath() + " was accepted");
    }

    private HttpResponse<String> exchange(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        return http.toBlocking().exchange(request, String.class);
    }

    private static String problem(HttpClientResponseException e) {
        return e.getResponse().getBody(String.class).orElse("");
    }
}
