package fi.kuuleva.admin.respondent.imports;

import static fi.kuuleva.admin.respondent.imports.ImportFiles.residents;
import static fi.kuuleva.admin.respondent.imports.ImportFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.campaign.schedule.CampaignState;
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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** POST /api/campaigns/{id}/respondents and GET .../imports over HTTP: statuses, roles, reports, limits. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespondentImportControllerIT implements TestPropertyProvider {

    private static final int MAX_BYTES = 64 * 1024;

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    CampaignRepository campaigns;
    @Inject
    RespondentRepository respondents;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.import.max-bytes", Integer.toString(MAX_BYTES));
        return properties;
    }

    private long draft() {
        return campaigns.save(StoredCampaign.draft("http import", fixtures.testSurvey().versionId(), 3, 0)).id();
    }

    @Test
    void anOfficerImportsAFileAndSeesItInTheHistory() {
        long campaign = draft();
        String csv = "phone;language;municipality;age_band;ref\n"
                + "040 7000001;fi;\"'; DROP TABLE respondents; --\";75-84;x' OR '1'='1\n"
                + "040 7000002;sv;Imatra;85+;r2\n";
        String officer = TestLogins.bearer(context, Roles.OFFICER);

        HttpResponse<String> response = upload(campaign, utf8(csv), "", officer);

        assertEquals(200, response.code(), response.body());
        assertTrue(response.body().contains("\"accepted\":true"), response.body());
        assertTrue(response.body().contains("\"imported\":2"), response.body());
        var stored = respondents.findByCampaignIdAndPhoneE164(campaign, "+358407000001").orElseThrow();
        assertEquals("'; Drop Table Respondents; --", stored.municipality(), "kept as data, case normalized");
        assertTrue(response.body().contains("is not a Finnish municipality"), response.body());
        assertEquals("x' OR '1'='1", stored.externalRef());
        HttpResponse<String> history = send(HttpRequest.GET("/api/campaigns/" + campaign + "/imports"), officer);
        assertEquals(200, history.code());
        assertTrue(history.body().contains("\"imported\":2"), history.body());
        assertTrue(!history.body().contains("7000001"), "no phone numbers in the history: " + history.body());
    }

    @Test
    void aRefusedFileIs422WithTheLineAndFieldAndADryRunStoresNothing() {
        long campaign = draft();
        String officer = TestLogins.bearer(context, Roles.OFFICER);

        HttpResponse<String> refused = upload(campaign,
                utf8("Puhelin;Kieli;Kunta;Ikäryhmä\n040 7000003;fi;Lemi;75-84\n12;fi;Lemi;75-84\n"), "", officer);
        HttpResponse<String> dry = upload(campaign, residents(300, 5), "?dryRun=true", officer);

        assertEquals(422, refused.code(), refused.body());
        assertTrue(refused.body().contains("\"line\":3"), refused.body());
        assertTrue(refused.body().contains("\"field\":\"Puhelin\""), refused.body());
        assertEquals(200, dry.code(), dry.body());
        assertTrue(dry.body().contains("\"dryRun\":true"), dry.body());
        assertEquals(0, respondents.countByCampaignIdAndStatus(campaign, RespondentStatus.PENDING));
    }

    @Test
    void onlyOfficersMayImport() {
        long campaign = draft();
        byte[] file = residents(400, 3);

        assertEquals(401, upload(campaign, file, "", null).code());
        assertEquals(403, upload(campaign, file, "", TestLogins.bearer(context, Roles.ANALYST)).code());
        assertEquals(403, upload(campaign, file, "", TestLogins.bearer(context, Roles.ADMIN)).code());
        assertEquals(403, send(HttpRequest.GET("/api/campaigns/" + campaign + "/imports"),
                TestLogins.bearer(context, Roles.ANALYST)).code());
        assertEquals(0, respondents.countByCampaignIdAndStatus(campaign, RespondentStatus.PENDING));
    }

    @Test
    void unknownClosedAndTooLargeAreProblems() {
        long closed = draft();
        campaigns.update(closed, CampaignState.COMPLETED);
        String officer = TestLogins.bearer(context, Roles.OFFICER);

        HttpResponse<String> unknown = upload(987_654, residents(500, 2), "", officer);
        HttpResponse<String> conflict = upload(closed, residents(500, 2), "", officer);
        HttpResponse<String> large = upload(draft(), residents(500, 3_000), "", officer);

        assertEquals(404, unknown.code(), unknown.body());
        assertEquals(409, conflict.code(), conflict.body());
        assertEquals(413, large.code(), large.body());
        for (HttpResponse<String> problem : java.util.List.of(unknown, conflict, large)) {
            assertEquals("application/problem+json", problem.getContentType().map(MediaType::toString).orElse(""));
        }
    }

    private HttpResponse<String> upload(long campaign, byte[] file, String query, String token) {
        MultipartBody body = MultipartBody.builder().addPart("file", "residents.csv", MediaType.TEXT_PLAIN_TYPE,
                file).build();
        return send(HttpRequest.POST("/api/campaigns/" + campaign + "/respondents" + query, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token);
    }

    private HttpResponse<String> send(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return HttpResponse.status(e.getStatus()).body(e.getResponse().getBody(String.class).orElse(""))
                    .contentType(e.getResponse().getContentType().orElse(MediaType.TEXT_PLAIN_TYPE));
        }
    }
}
