package fi.kuuleva.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.admin.respondent.RespondentRepository;
import fi.kuuleva.admin.respondent.RespondentStatus;
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
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile and careless input at every door where text reaches PostgreSQL (issue 16, item 8), over real HTTP and an
 * embedded PostgreSQL: each is a 4xx problem in plain words, never a 500 and never the database's own text.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT implements TestPropertyProvider {

    private static final String NUL = "\\u0000";

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    CampaignRepository campaigns;
    @Inject
    RespondentRepository respondents;
    @Inject
    Fixtures fixtures;

    ApiCalls officer;
    ApiCalls admin;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @BeforeAll
    void setUp() {
        officer = new ApiCalls(http, TestLogins.bearer(context, Roles.OFFICER));
        admin = new ApiCalls(http, TestLogins.bearer(context, Roles.ADMIN));
    }

    @Test
    void aNulInAUserNameAPasswordOrALoginIsRefusedAtItsPath() {
        String password = "\"password\": \"long enough password 1\"";
        assertEquals(List.of("$.username"), paths(admin.refused(400, json("/api/users",
                "{\"username\": \"eve" + NUL + "\", " + password + ", \"roles\": [\"OFFICER\"]}"))));
        assertEquals(List.of("$.roles[0]"), paths(admin.refused(400, json("/api/users",
                "{\"username\": \"eve\", " + password + ", \"roles\": [\"OFF" + NUL + "\"]}"))));
        assertEquals(List.of("$.admin"), paths(admin.refused(400, json("/api/users",
                "{\"username\": \"eve\", " + password + ", \"roles\": [\"OFFICER\"], \"admin\": true}"))),
                "an unknown field is refused, not dropped");
        assertEquals(List.of("$.username"), paths(new ApiCalls(http, null).refused(400, json("/api/login",
                "{\"username\": \"admin" + NUL + "\", \"password\": \"x\"}"))));
    }

    @Test
    void aNulInASurveyScriptIsRefusedAtItsPath() {
        for (String uri : List.of("/api/surveys", "/api/surveys/validate")) {
            HttpClientResponseException refused = officer.refused(400, json(uri,
                    "{\"script\": \"id: nul" + NUL + "\\nversion: 1\"}"));
            assertEquals(List.of("$.script"), paths(refused), uri);
            assertPlain(refused);
        }
    }

    @Test
    void aNulThatOnlyAppearsAfterParsingOrOutsideJsonIsStillA4xx() throws Exception {
        String script;
        try (var in = BadInputIT.class.getResourceAsStream("/surveys/store-test.yaml")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String nulTitle = script.replace("id: store-test", "id: nul-title")
                .replace("title: {fi: Testi, sv: Test}", "title: {fi: \"Tes\\0ti\", sv: Test}");
        assertBelow500(HttpRequest.POST("/api/surveys", Map.of("script", nulTitle)), Roles.OFFICER);
        assertBelow500(HttpRequest.PUT("/api/reports/population", "Lem\0i;65-74;1000\n".getBytes(
                StandardCharsets.UTF_8)).contentType(MediaType.of("text/csv")), Roles.ANALYST);
        assertBelow500(HttpRequest.PUT("/api/users/eve%00", Map.of("disabled", true)), Roles.ADMIN);
        assertBelow500(HttpRequest.GET("/api/campaigns/1%00"), Roles.OFFICER);
    }

    private void assertBelow500(MutableHttpRequest<?> request, String role) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(
                    request.bearerAuth(TestLogins.bearer(context, role)), String.class);
            assertTrue(response.code() < 300, response.body());
        } catch (HttpClientResponseException e) {
            assertTrue(e.getStatus().getCode() < 500, e.getResponse().getBody(String.class).orElse(""));
            assertPlain(e);
        }
    }

    @Test
    void aRawControlByteIsNotJson() {
        assertEquals(List.of("$"), paths(officer.refused(400, json("/api/campaigns", "{\"name\": \"a\u0000b\"}"))));
    }

    @Test
    void respondentFilesWithNulBytesOrUtf16WithoutAByteOrderMarkAreRefusedClearly() {
        long campaign = draft();
        HttpResponse<String> nul = upload(campaign, ("Puhelin;Kieli;Kunta;Ikäryhmä\n"
                + "040 7000001;fi;Lem\0i;75-84\n").getBytes(StandardCharsets.UTF_8), "");
        assertEquals(422, nul.code(), nul.body());
        assertTrue(nul.body().contains("\"line\":2") && nul.body().contains("column 3")
                && nul.body().contains("NUL"), nul.body());
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            HttpResponse<String> utf16 = upload(campaign, ("Puhelin;Kieli;Kunta;Ikäryhmä\n"
                    + "040 7000001;fi;Lemi;75-84\n").getBytes(charset), "");
            assertEquals(422, utf16.code(), utf16.body());
            assertTrue(utf16.body().contains("UTF-16"), utf16.body());
        }
        assertEquals(0, respondents.countByCampaignIdAndStatus(campaign, RespondentStatus.PENDING));
    }

    @Test
    void aFlagThatIsNotTrueOrFalseIsRefusedNeverTheDangerousDefault() {
        long campaign = draft();
        byte[] file = "Puhelin;Kieli;Kunta;Ikäryhmä\n040 7000002;fi;Lemi;75-84\n"
                .getBytes(StandardCharsets.UTF_8);
        for (String value : List.of("1", "yes", "on", "0", "tru")) {
            HttpResponse<String> refused = upload(campaign, file, "?dryRun=" + value);
            assertEquals(400, refused.code(), value + ": " + refused.body());
            assertTrue(refused.body().contains("\"path\":\"dryRun\""), refused.body());
        }
        assertEquals(0, respondents.countByCampaignIdAndStatus(campaign, RespondentStatus.PENDING),
                "nothing was imported for real");
        assertEquals(200, upload(campaign, file, "?dryRun=TRUE").code());
        assertEquals(0, respondents.countByCampaignIdAndStatus(campaign, RespondentStatus.PENDING));
        assertEquals(List.of("open"), paths(officer.refused(400, HttpRequest.GET("/api/callbacks?open=1"))));
        officer.list("/api/callbacks?open=true");
    }

    private long draft() {
        return campaigns.save(StoredCampaign.draft("bad input", fixtures.testSurvey().versionId(), 3, 0)).id();
    }

    private static MutableHttpRequest<String> json(String uri, String body) {
        return HttpRequest.POST(uri, body).contentType(MediaType.APPLICATION_JSON);
    }

    private static List<Object> paths(HttpClientResponseException refused) {
        assertPlain(refused);
        return ApiCalls.errorPaths(refused);
    }

    private static void assertPlain(HttpClientResponseException refused) {
        String body = refused.getResponse().getBody(String.class).orElse("").toLowerCase(Locale.ROOT);
        for (String databaseText : List.of("sql", "postgres", "byte sequence", "jdbc", "exception")) {
            assertFalse(body.contains(databaseText), body);
        }
    }

    private HttpResponse<String> upload(long campaign, byte[] file, String query) {
        MultipartBody body = MultipartBody.builder().addPart("file", "residents.csv", MediaType.TEXT_PLAIN_TYPE,
                file).build();
        MutableHttpRequest<?> request = HttpRequest.POST("/api/campaigns/" + campaign + "/respondents" + query, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(TestLogins.bearer(context, Roles.OFFICER));
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return HttpResponse.status(e.getStatus()).body(e.getResponse().getBody(String.class).orElse(""));
        }
    }
}
