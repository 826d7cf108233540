package fi.kuuleva.admin.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.ApiCalls;
import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.audit.AuditEntry;
import fi.kuuleva.admin.audit.AuditLog;
import fi.kuuleva.admin.callback.CallbackRepository;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import fi.kuuleva.calls.AnswerRepository;
import fi.kuuleva.calls.StoredCallJournal;
import fi.kuuleva.dialler.ClaimedCall;
import fi.kuuleva.dialler.DispatchStore;
import fi.kuuleva.flow.Answer;
import fi.kuuleva.flow.AnswerRecorded;
import fi.kuuleva.telephony.agi.CallSetup;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Erasure on request and the retention job, on a real PostgreSQL and real files, at a fixed time. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyIT implements TestPropertyProvider {

    static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

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
    CallbackRepository callbacks;
    @Inject
    AuditLog audit;
    @Inject
    RetentionJob retention;
    @Inject
    StoredCallJournal journal;
    @Inject
    JdbcOperations jdbc;

    ApiCalls officer;
    Path recordings;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @BeforeAll
    void setUp() {
        officer = new ApiCalls(http, TestLogins.bearer(context, Roles.OFFICER));
        recordings = TestDatabase.temporaryDirectory("kuuleva-recordings");
    }

    @Test
    void erasingANumberUnlinksItEverywhereKeepsTheAnswersAndDeletesTheRecordings() throws Exception {
        long first = fixtures.runningCampaign("erase-1", 3, 0);
        long second = fixtures.runningCampaign("erase-2", 3, 0);
        fixtures.respondents(first, 800_000, 2);
        fixtures.respondents(second, 800_000, 1);
        String phone = "+3584000800000";
        ClaimedCall call = dispatch.claimDue(List.of(first), Fixtures.NOW, 1, "test").get(0);
        assertEquals(phone, call.phoneE164());
        Path recording = recording("erase");
        answers.upsert(call.respondentId(), "arki", call.attemptId(), "4", Answer.Source.KEY, null, false, null, null,
                NOW);
        answers.upsert(call.respondentId(), "kerro", call.attemptId(), recording.toString(), Answer.Source.RECORDING,
                null, false, "asun Lappeenrannassa", recording.toString(), NOW);
        callbacks.addForAttempt(call.respondentId(), first, call.attemptId(), "arki", "ANY", false, NOW);
        long callback = callbacks.findByRespondentId(call.respondentId()).get(0).id();
        callbacks.markHandled(callback, "officer", "soitin, hän asuu yksin", NOW);

        callbacks.addForCaller(phone, second, "info", "ANY", false, NOW);
        callbacks.addForCaller("+3584000800009", second, "info", "ANY", false, NOW);
        Map<String, Object> erased = officer.post("/api/respondents/erase", Map.of("phone", phone)).body();
        assertEquals(Map.of("respondents", 2, "answers", 2, "recordings", 1), erased);

        assertFalse(Files.exists(recording), "the recording is deleted");
        assertEquals(0, count("SELECT count(*) FROM respondents WHERE phone_e164 = '" + phone + "'"));
        assertEquals(1, count("SELECT count(*) FROM respondents WHERE phone_e164 = '+3584000800001'"),
                "another number is untouched");
        assertEquals(2, count("SELECT count(*) FROM answers WHERE respondent_id = " + call.respondentId()),
                "the answers stay");
        assertEquals(1, count("SELECT count(*) FROM answers WHERE respondent_id = " + call.respondentId()
                + " AND question_id = 'arki' AND value = '4'"));
        assertEquals(0, count("SELECT count(*) FROM answers WHERE respondent_id = " + call.respondentId()
                + " AND (transcript IS NOT NULL OR recording_path IS NOT NULL OR value LIKE '%/%')"));
        assertEquals(1, count("SELECT count(*) FROM respondents WHERE id = " + call.respondentId()
                + " AND municipality = 'Lappeenranta' AND age_band = '75-84' AND erased_at IS NOT NULL"),
                "what the aggregates need stays");
        assertEquals(0, count("SELECT count(*) FROM callback_requests WHERE note IS NOT NULL"));
        assertEquals(0, count("SELECT count(*) FROM callback_requests WHERE caller_phone = '" + phone + "'"),
                "what the number asked as a caller goes too");
        assertEquals(1, count("SELECT count(*) FROM callback_requests WHERE caller_phone = '+3584000800009'"));
        assertEquals(1, count("SELECT count(*) FROM respondents WHERE campaign_id = " + second
                + " AND erased_at IS NOT NULL AND status = 'DONE'"), "a pending respondent is closed");

        sql("UPDATE respondents SET status = 'PENDING' WHERE id = " + call.respondentId());
        assertEquals(1, count("SELECT count(*) FROM respondents WHERE id = " + call.respondentId()
                + " AND status = 'DONE'"), "an erased respondent in a call is never queued again");

        AuditEntry entry = audit.findBySubjectOrderByAt("respondents").stream()
                .filter(e -> e.action().equals("respondent.erase")).findFirst().orElseThrow();
        assertFalse(entry.details().contains(phone), entry.details());

        assertEquals(Map.of("respondents", 0, "answers", 0, "recordings", 0),
                officer.post("/api/respondents/erase", Map.of("phone", phone)).body(), "erasing twice is harmless");
        assertEquals(List.of("$.phone"), ApiCalls.errorPaths(officer.refused(400,
                HttpRequest.POST("/api/respondents/erase", Map.of("phone", "not a number")))));
    }

    @Test
    void whatACallStillInProgressAtErasureRecordsKeepsNoTranscriptOrRecording() throws Exception {
        long campaign = fixtures.runningCampaign("erase-in-call", 3, 0);
        fixtures.respondents(campaign, 840_000, 1);
        ClaimedCall call = dispatch.claimDue(List.of(campaign), Fixtures.NOW, 1, "test").get(0);
        CallSetup setup = journal.answered(call.attemptKey()).orElseThrow();
        officer.post("/api/respondents/erase", Map.of("phone", call.phoneE164()));

        Path recording = recording("after-erasure");
        journal.record(call.attemptKey(), List.of(new AnswerRecorded(Answer.byKey("arki", "4")),
                new AnswerRecorded(new Answer("kerro", recording.toString(), Answer.Source.RECORDING, null, false,
                        "asun yksin Imatralla"))));

        assertFalse(Files.exists(recording), "the recording made after the erasure is deleted");
        assertEquals(0, count("SELECT count(*) FROM answers WHERE respondent_id = " + call.respondentId()
                + " AND (transcript IS NOT NULL OR recording_path IS NOT NULL OR value LIKE '%/%')"));
        assertEquals(1, count("SELECT count(*) FROM answers WHERE respondent_id = " + call.respondentId()
                + " AND question_id = 'arki' AND value = '4'"), "a counted answer still counts");
    }

    @Test
    void retentionDeletesOldRecordingsAndTheNumbersOfLongEndedCampaigns() throws Exception {
        long running = fixtures.runningCampaign("retention-running", 3, 0);
        fixtures.respondents(running, 810_000, 2);
        List<ClaimedCall> calls = dispatch.claimDue(List.of(running), Fixtures.NOW, 2, "test");
        Path old = recording("old");
        Path recent = recording("recent");
        answers.upsert(calls.get(0).respondentId(), "kerro", calls.get(0).attemptId(), old.toString(),
                Answer.Source.RECORDING, null, false, null, old.toString(), NOW.minus(Duration.ofDays(91)));
        answers.upsert(calls.get(1).respondentId(), "kerro", calls.get(1).attemptId(), recent.toString(),
                Answer.Source.RECORDING, null, false, null, recent.toString(), NOW.minus(Duration.ofDays(89)));

        long endedLongAgo = fixtures.runningCampaign("retention-ended-long-ago", 3, 0);
        long endedLately = fixtures.runningCampaign("retention-ended-lately", 3, 0);
        fixtures.respondents(endedLongAgo, 820_000, 3);
        fixtures.respondents(endedLately, 830_000, 2);
        sql("UPDATE campaigns SET state = 'COMPLETED' WHERE id IN (" + endedLongAgo + ", " + endedLately + ")");
        assertEquals(2, count("SELECT count(*) FROM campaigns WHERE ended_at IS NOT NULL AND id IN (" + endedLongAgo
                + ", " + endedLately + ")"), "ending a campaign records when");
        assertEquals("campaign.complete", audit.findBySubjectOrderByAt("campaign/" + endedLongAgo).get(0).action(),
                "completion (the dispatcher's) is audited too");
        sql("UPDATE campaigns SET ended_at = '" + NOW.minus(Duration.ofDays(366)) + "' WHERE id = " + endedLongAgo);
        sql("UPDATE campaigns SET ended_at = '" + NOW.minus(Duration.ofDays(364)) + "' WHERE id = " + endedLately);

        callbacks.addForCaller("+3584000820009", endedLongAgo, "info", "ANY", false, NOW);
        callbacks.addForCaller("+3584000830009", endedLately, "info", "ANY", false, NOW);
        RetentionSweep swept = retention.run();
        assertEquals(new RetentionSweep(1, 4), swept, "three respondents' numbers and one caller's");
        assertEquals(0, count("SELECT count(*) FROM callback_requests WHERE caller_phone = '+3584000820009'"));
        assertEquals(1, count("SELECT count(*) FROM callback_requests WHERE caller_phone = '+3584000830009'"));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent));
        assertEquals(0, count("SELECT count(*) FROM respondents WHERE campaign_id = " + endedLongAgo
                + " AND phone_e164 IS NOT NULL"));
        assertEquals(2, count("SELECT count(*) FROM respondents WHERE campaign_id = " + endedLately
                + " AND phone_e164 IS NOT NULL"));
        assertEquals(1, count("SELECT count(*) FROM answers WHERE recording_path IS NOT NULL AND respondent_id IN ("
                + calls.get(0).respondentId() + ", " + calls.get(1).respondentId() + ")"));
        assertEquals(new RetentionSweep(0, 0), retention.run(), "a second run finds nothing more");
    }

    private Path recording(String name) throws IOException {
        Path file = recordings.resolve(name + ".wav");
        Files.write(file, new byte[] {'R', 'I', 'F', 'F'});
        return file;
    }

    private void sql(String statement) {
        jdbc.execute(connection -> {
            try (Statement s = connection.createStatement()) {
                return s.executeUpdate(statement);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long count(String query) {
        return jdbc.execute(connection -> {
            try (Statement s = connection.createStatement(); ResultSet result = s.executeQuery(query)) {
                result.next();
                return result.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
