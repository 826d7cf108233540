package fi.kuuleva.admin.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.audit.AuditLog;
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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The officers' survey endpoints over real HTTP: check, publish, read, hear and simulate. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyApiIT implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AuditLog audit;

    ApiCalls officer;
    String script;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.telephony.media-dir", TestDatabase.temporaryDirectory("kuuleva-media").toString());
        return properties;
    }

    @BeforeAll
    void login() throws IOException {
        officer = new ApiCalls(http, TestLogins.bearer(context, Roles.OFFICER));
        try (InputStream in = SurveyApiIT.class.getResourceAsStream("/surveys/store-test.yaml")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void validateNeverRefusesAScriptButListsItsProblems() {
        Map<String, Object> valid = officer.post("/api/surveys/validate", Map.of("script", script)).body();
        assertEquals(true, valid.get("valid"));
        assertEquals("store-test", ((Map<?, ?>) valid.get("survey")).get("slug"));
        assertEquals(Map.of("id", "arki", "type", "scale"),
                ((List<?>) ((Map<?, ?>) valid.get("survey")).get("questions")).get(1));
        assertTrue(((List<?>) ((Map<?, ?>) valid.get("survey")).get("prompts")).contains(
                Map.of("id", "intro", "language", "sv", "text", "Hej från testet.")), "the prompts side by side");

        HttpResponse<Map<String, Object>> broken = officer.post("/api/surveys/validate",
                Map.of("script", script.replace("max: 5", "max: many").replace("id: arki", "id: yksin")));
        assertEquals(200, broken.code());
        List<?> problems = (List<?>) broken.body().get("problems");
        assertFalse((Boolean) broken.body().get("valid"));
        assertNull(broken.body().get("survey"));
        assertTrue(problems.size() >= 2, problems.toString());
        Map<?, ?> first = (Map<?, ?>) problems.get(0);
        assertTrue(((Number) first.get("line")).intValue() > 0, first.toString());
        assertTrue(first.get("path").toString().startsWith("questions["), first.toString());

        assertEquals(List.of("$.format"), ApiCalls.errorPaths(officer.refused(400,
                HttpRequest.POST("/api/surveys/validate", Map.of("script", script, "format", "XML")))));
    }

    @Test
    void publishGivesANewVersionOnceAndRefusesABrokenScriptWithEveryProblem() {
        long auditBefore = audit.count();
        String changed = script.replace("Kiitos!", "Kiitos paljon!");
        HttpResponse<Map<String, Object>> created = officer.post("/api/surveys", Map.of("script", changed));
        assertEquals(201, created.code());
        HttpResponse<Map<String, Object>> again = officer.post("/api/surveys", Map.of("script", changed,
                "format", "YAML"));
        assertEquals(200, again.code());
        assertEquals(created.body().get("versionId"), again.body().get("versionId"));
        assertEquals(auditBefore + 1, audit.count(), "one publication, one audit entry");

        HttpClientResponseException refused = officer.refused(422, HttpRequest.POST("/api/surveys",
                Map.of("script", changed.replace("max: 5", "max: many").replace("id: arki", "id: yksin"))));
        Map<?, ?> problem = refused.getResponse().getBody(Map.class).orElseThrow();
        List<?> errors = (List<?>) problem.get("errors");
        assertTrue(errors.size() >= 2, problem.toString());
        assertTrue(((Map<?, ?>) errors.get(0)).containsKey("line"), problem.toString());
        assertEquals(auditBefore + 1, audit.count(), "a refused script changes nothing");

        List<Map<String, Object>> surveys = officer.list("/api/surveys");
        Map<String, Object> listed = surveys.stream().filter(s -> "store-test".equals(s.get("slug"))).findFirst()
                .orElseThrow();
        assertEquals("Testi", listed.get("title"), "titled in the first language");
        assertFalse(((List<?>) listed.get("versions")).isEmpty());
    }

    @Test
    void aVersionShowsItsScriptAndEveryPromptAndItsAudioIsWav() {
        Number versionId = (Number) officer.post("/api/surveys", Map.of("script", script)).body().get("versionId");
        Map<String, Object> version = officer.get("/api/survey-versions/" + versionId);
        assertEquals(script, version.get("script"));
        assertEquals(List.of("fi", "sv"), version.get("languages"));
        List<?> prompts = (List<?>) version.get("prompts");
        assertTrue(prompts.contains(Map.of("id", "question/yksin", "language", "sv", "text", "Bor du ensam?")),
                prompts.toString());

        byte[] wav = http.toBlocking().retrieve(HttpRequest.GET("/api/survey-versions/" + versionId
                + "/prompts/question/yksin/audio?language=fi").bearerAuth(token()), byte[].class);
        assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(wav.length > 8000, "at least half a second of 8 kHz audio: " + wav.length);

        HttpResponse<byte[]> unpublished = http.toBlocking().exchange(HttpRequest.POST("/api/surveys/prompt-audio",
                Map.of("script", script, "promptId", "closing", "language", "sv")).bearerAuth(token()),
                byte[].class);
        assertEquals("audio/wav", unpublished.getContentType().map(MediaType::toString).orElse(""));
        assertEquals("RIFF", new String(unpublished.body(), 0, 4, StandardCharsets.US_ASCII));

        officer.refused(404, HttpRequest.GET("/api/survey-versions/" + versionId
                + "/prompts/nothing/audio?language=fi"));
        assertEquals(List.of("language"), ApiCalls.errorPaths(officer.refused(400, HttpRequest.GET(
                "/api/survey-versions/" + versionId + "/prompts/closing/audio?language=en"))));
        officer.refused(404, HttpRequest.GET("/api/survey-versions/999999"));

        Map<String, Object> published = simulate(Map.of("versionId", versionId, "language", "sv"));
        assertTrue(lines(published).contains(Map.of("kind", "prompt", "text", "Vill du svara?", "promptId",
                "consent", "language", "sv")), published.toString());
    }

    @Test
    void aSimulatedCallRunsThroughTheEngineWithTheStateGoingBackAndForth() {
        Map<String, Object> step = simulate(Map.of("script", script, "language", "fi"));
        assertEquals(Map.of("kind", "keys"), step.get("awaiting"));
        assertTrue(lines(step).contains(Map.of("kind", "prompt", "text", "Haluatko vastata?",
                "promptId", "consent", "language", "fi")), lines(step).toString());
        List<Map<String, Object>> answers = new java.util.ArrayList<>();
        for (String keys : List.of("1", "1", "4", "2")) {
            step = simulate(Map.of("script", script, "state", step.get("state"), "input", Map.of("keys", keys)));
            assertFalse((Boolean) step.get("ended"), step.toString());
            lines(step).stream().filter(l -> "answer".equals(l.get("kind"))).forEach(answers::add);
        }
        Map<String, Object> silence = simulate(Map.of("script", script, "state", step.get("state"),
                "input", Map.of("silence", true)));
        assertTrue(lines(silence).stream().anyMatch(l -> "event".equals(l.get("kind"))), silence.toString());
        Map<String, Object> end = simulate(Map.of("script", script, "state", silence.get("state"),
                "input", Map.of("keys", "2")));
        lines(end).stream().filter(l -> "answer".equals(l.get("kind"))).forEach(answers::add);
        assertEquals(true, end.get("ended"));
        assertEquals("COMPLETED", end.get("outcome"));
        assertNull(end.get("awaiting"));
        assertEquals(4, answers.size(), answers.toString());
        assertTrue(answers.get(1).get("text").toString().startsWith("answer arki = 4"), answers.toString());

        Map<String, Object> hungUp = simulate(Map.of("script", script, "state", silence.get("state"),
                "input", Map.of("hangup", true)));
        assertEquals("HUNG_UP", hungUp.get("outcome"));
    }

    @Test
    void aSimulationSaysWhatIsWrongWithItsInput() {
        Map<String, Object> start = simulate(Map.of("script", script));
        Object state = start.get("state");
        assertEquals(List.of("$.input"), ApiCalls.errorPaths(officer.refused(400, HttpRequest.POST(
                "/api/surveys/simulate", Map.of("script", script, "state", state,
                        "input", Map.of("keys", "1", "hangup", true))))));
        assertEquals(List.of("$.input.keys"), ApiCalls.errorPaths(officer.refused(400, HttpRequest.POST(
                "/api/surveys/simulate", Map.of("script", script, "state", state, "input", Map.of("keys", "1a"))))));
        assertEquals(List.of("$.state"), ApiCalls.errorPaths(officer.refused(400, HttpRequest.POST(
                "/api/surveys/simulate", Map.of("script", script, "state", "bm90IGEgc3RhdGU",
                        "input", Map.of("keys", "1"))))));
        assertEquals(List.of("$.language"), ApiCalls.errorPaths(officer.refused(400, HttpRequest.POST(
                "/api/surveys/simulate", Map.of("script", script, "language", "de")))));
        officer.refused(422, HttpRequest.POST("/api/surveys/simulate", Map.of("script", "id: [")));
        assertEquals(List.of("$.script"), ApiCalls.errorPaths(officer.refused(400, HttpRequest.POST(
                "/api/surveys/simulate", Map.of("format", "YAML")))));
        officer.refused(404, HttpRequest.POST("/api/surveys/simulate", Map.of("versionId", 999999)));
    }

    @Test
    void aDraftsTimingIsMeasuredPerLanguageAndStart() {
        HttpResponse<List<Map<String, Object>>> timing = http.toBlocking().exchange(HttpRequest.POST("/api/surveys/timing",
                Map.of("script", script)).bearerAuth(TestLogins.bearer(context, Roles.OFFICER)),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        List<Map<String, Object>> rows = timing.body();
        assertEquals(List.of("fi KNOWN_LANGUAGE", "fi CHOSEN_LANGUAGE", "sv KNOWN_LANGUAGE", "sv CHOSEN_LANGUAGE"),
                rows.stream().map(row -> row.get("language") + " " + row.get("start")).toList());
        for (Map<String, Object> row : rows) {
            double before = ((Number) row.get("secondsBeforeFirstQuestion")).doubleValue();
            double total = ((Number) row.get("totalSeconds")).doubleValue();
            assertTrue(before > 0 && before < total, row.toString());
            assertTrue(((Number) row.get("keyPresses")).intValue() >= 5, "consent and four answers: " + row);
        }
        HttpClientResponseException invalid = officer.refused(422, HttpRequest.POST("/api/surveys/timing",
                Map.of("script", script.replace("max: 5", "max: many"))));
        assertTrue(ApiCalls.errorPaths(invalid).size() > 0);
    }

    @Test
    void analystsAndStrangersGetNoSurveyEndpoint() {
        ApiCalls analyst = new ApiCalls(http, TestLogins.bearer(context, Roles.ANALYST));
        ApiCalls stranger = new ApiCalls(http, null);
        List<Supplier<MutableHttpRequest<?>>> requests = List.of(() -> HttpRequest.GET("/api/surveys"),
                () -> HttpRequest.POST("/api/surveys/validate", Map.of("script", script)),
                () -> HttpRequest.POST("/api/surveys", Map.of("script", script)),
                () -> HttpRequest.GET("/api/survey-versions/1"),
                () -> HttpRequest.GET("/api/survey-versions/1/prompts/closing/audio?language=fi"),
                () -> HttpRequest.POST("/api/surveys/prompt-audio", Map.of("script", script)),
                () -> HttpRequest.POST("/api/surveys/simulate", Map.of("script", script)),
                () -> HttpRequest.POST("/api/surveys/timing", Map.of("script", script)));
        for (Supplier<MutableHttpRequest<?>> request : requests) {
            analyst.refused(403, request.get());
            stranger.refused(401, request.get());
        }
    }

    private Map<String, Object> simulate(Map<String, Object> body) {
        HttpResponse<Map<String, Object>> response = officer.post("/api/surveys/simulate", body);
        assertEquals(200, response.code());
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<?, ?> step) {
        return (List<Map<String, Object>>) step.get("lines");
    }

    private String token() {
        return TestLogins.bearer(context, Roles.OFFICER);
    }
}
