package fi.kuuleva.admin.openanswer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.audit.AuditEntry;
import fi.kuuleva.admin.audit.AuditLog;
import fi.kuuleva.admin.privacy.Erasure;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import fi.kuuleva.calls.AnswerRepository;
import fi.kuuleva.dialler.ClaimedCall;
import fi.kuuleva.dialler.DispatchStore;
import fi.kuuleva.flow.Answer;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Officers hear and download open answers from a campaign's attempts, audited; analysts and admins are refused. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenAnswerRecordingsIT implements TestPropertyProvider {

    private static final byte[] AUDIO = {'R', 'I', 'F', 'F', 1, 2, 3, 4};

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Fixtures fixtures;
    @Inject
    DispatchStore dispatch;
    @Inject
    AnswerRepository answers;
    @Inject
    AuditLog audit;
    @Inject
    Erasure erasure;

    private final Path recordings = TestDatabase.temporaryDirectory("kuuleva-open-answers");

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @AfterAll
    void cleanUp() {
        TestDatabase.delete(recordings);
    }

    @Test
    void anOfficerPlaysAndDownloadsAnOpenAnswerEachAccessAudited() throws Exception {
        long campaign = fixtures.runningCampaign("open-answers", 3, 0);
        fixtures.respondents(campaign, 700_000, 2);
        ClaimedCall call = dispatch.claimDue(List.of(campaign), Fixtures.NOW, 1, "test").get(0);
        Path file = Files.write(recordings.resolve("open.wav"), AUDIO);
        answers.upsert(call.respondentId(), "arki", call.attemptId(), "4", Answer.Source.KEY, null, false, null, null,
                Fixtures.NOW);
        answers.upsert(call.respondentId(), "kerro", call.attemptId(), file.toString(), Answer.Source.RECORDING,
                null, false, null, file.toString(), Fixtures.NOW);
        ApiCalls officer = new ApiCalls(http, TestLogins.bearerFor(context, TestLogins.user(context, "kuuntelija",
                Roles.OFFICER)));
        long before = audit.count();

        List<Map<String, Object>> listed = officer.list("/api/campaigns/" + campaign + "/recordings");
        assertEquals(1, listed.size(), "the open answer, not the keyed one: " + listed);
        assertEquals("kerro", listed.get(0).get("questionId"));
        assertEquals(call.attemptId(), ((Number) listed.get(0).get("attemptId")).longValue());
        long answer = ((Number) listed.get(0).get("answerId")).longValue();
        String uri = "/api/campaigns/" + campaign + "/recordings/" + answer;

        HttpResponse<byte[]> played = officer.bytes(uri);
        assertArrayEquals(AUDIO, played.body());
        assertEquals("audio/wav", played.getContentType().orElseThrow().toString());
        HttpResponse<byte[]> downloaded = officer.bytes(uri + "/download");
        assertArrayEquals(AUDIO, downloaded.body());
        assertTrue(downloaded.header("Content-Disposition").startsWith("attachment"), downloaded.getHeaders().asMap()
                .toString());
        officer.refused(404, HttpRequest.GET("/api/campaigns/" + (campaign + 1000) + "/recordings/" + answer));

        List<AuditEntry> reads = audit.newest(Long.MAX_VALUE, 100).stream().filter(e -> e.id() > before)
                .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
        assertEquals(List.of("recordings.read", "recording.play", "recording.download"),
                reads.stream().map(AuditEntry::action).toList(), "each access, none for the refused one");
        assertTrue(reads.stream().allMatch(e -> e.actor().equals("kuuntelija")), reads.toString());
        assertEquals("campaign/" + campaign + "/answer/" + answer, reads.get(1).subject());

        for (String role : List.of(Roles.ANALYST, Roles.ADMIN)) {
            ApiCalls other = new ApiCalls(http, TestLogins.bearer(context, role));
            other.refused(403, HttpRequest.GET(uri));
            other.refused(403, HttpRequest.GET(uri + "/download"));
            other.refused(403, HttpRequest.GET("/api/campaigns/" + campaign + "/recordings"));
        }

        erasure.erase(call.phoneE164(), "kuuntelija");
        officer.refused(404, HttpRequest.GET(uri));
        assertEquals(List.of(), officer.list("/api/campaigns/" + campaign + "/recordings"), "erasure deletes it");
    }
}
