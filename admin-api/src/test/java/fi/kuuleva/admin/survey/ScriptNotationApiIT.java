package fi.kuuleva.admin.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import fi.kuuleva.script.SurveyScripts;
import fi.kuuleva.script.SurveyScripts.Format;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The builder's notation endpoint over real HTTP: YAML to JSON and back is the same survey; only officers use it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptNotationApiIT implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void anExampleRewrittenAsJsonAndBackIsTheSameSurvey() throws Exception {
        ApiCalls officer = new ApiCalls(http, TestLogins.bearer(context, Roles.OFFICER));
        String yaml = Files.readString(Path.of("../examples/terveyspalvelut.yaml"));
        HttpResponse<Map<String, Object>> json = officer.post("/api/surveys/notation",
                Map.of("script", yaml, "format", "YAML", "to", "JSON"));
        assertEquals(200, json.code());
        assertEquals("JSON", json.body().get("format"));
        String jsonText = (String) json.body().get("script");
        assertTrue(jsonText.startsWith("{"), jsonText);
        Map<String, Object> back = officer.post("/api/surveys/notation",
                Map.of("script", jsonText, "format", "JSON")).body();
        assertEquals("YAML", back.get("format"), "YAML when to is absent");
        var original = SurveyScripts.parse(yaml, Format.YAML, "example");
        assertEquals(original, SurveyScripts.parse(jsonText, Format.JSON, "json"));
        assertEquals(original, SurveyScripts.parse((String) back.get("script"), Format.YAML, "yaml"));
    }

    @Test
    void textThatIsNotItsNotationIsRefusedAtItsLine() {
        ApiCalls officer = new ApiCalls(http, TestLogins.bearer(context, Roles.OFFICER));
        var refused = officer.refused(422, HttpRequest.POST("/api/surveys/notation",
                Map.of("script", "id: a\ntitle: [x\n", "to", "JSON")));
        Map<?, ?> problem = refused.getResponse().getBody(Map.class).orElseThrow();
        Map<?, ?> error = (Map<?, ?>) ((List<?>) problem.get("errors")).get(0);
        assertTrue(((Number) error.get("line")).intValue() > 0, problem.toString());
        assertEquals(List.of("$.to"), ApiCalls.errorPaths(officer.refused(400, HttpRequest.POST(
                "/api/surveys/notation", Map.of("script", "id: a", "to", "XML")))));
        assertEquals(List.of("$.script"), ApiCalls.errorPaths(officer.refused(400, HttpRequest.POST(
                "/api/surveys/notation", Map.of("to", "JSON")))));
        officer.refused(400, HttpRequest.POST("/api/surveys/notation",
                Map.of("script", "id: a", "to", "JSON", "indent", 2)));
    }

    @Test
    void analystsAndStrangersCannotUseIt() {
        Map<String, String> body = Map.of("script", "id: a", "to", "JSON");
        new ApiCalls(http, TestLogins.bearer(context, Roles.ANALYST)).refused(403,
                HttpRequest.POST("/api/surveys/notation", body));
        new ApiCalls(http, null).refused(401, HttpRequest.POST("/api/surveys/notation", body));
    }
}
