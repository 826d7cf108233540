package fi.kuuleva.admin.db;

import static fi.kuuleva.admin.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import fi.kuuleva.admin.optout.DoNotCallSource;
import fi.kuuleva.admin.optout.DoNotCallStore;
import fi.kuuleva.calls.AnswerRepository;
import fi.kuuleva.calls.StoredAnswer;
import fi.kuuleva.calls.StoredCallJournal;
import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.dialler.ClaimedCall;
import fi.kuuleva.dialler.DispatchStore;
import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.Sprint;
import fi.kuuleva.telephony.agi.CallSetup;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The service with no datasource URL configured: it starts its own PostgreSQL on a kept data directory, migrates it,
 * reports healthy, stops the server with the context, and finds everything committed when started again.
 */
class EmbeddedDatabaseIT {

    private static final Path DATA = TestDatabase.temporaryDirectory("kuuleva-embedded-it");

    @AfterAll
    static void removeData() {
        TestDatabase.delete(DATA);
    }

    private static Map<String, Object> properties() {
        return Map.of("kuuleva.db.embedded.data-dir", DATA.resolve("db").toString(),
                "kuuleva.db.embedded.port", 0,
                "micronaut.server.port", -1);
    }

    @Test
    void committedDataSurvivesARestartOfTheEmbeddedServer() {
        long campaign;
        long attemptId;
        long respondentId;
        Set<String> lastAnswered;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties(), "test");
             HttpClient http = HttpClient.create(server.getURL())) {
            ApplicationContext context = server.getApplicationContext();
            assertTrue(context.containsBean(EmbeddedDatabase.class), "embedded server in use");
            String health = http.toBlocking().retrieve("/health");
            assertTrue(health.contains("\"status\":\"UP\""), health);
            assertTrue(context.getBean(TestRows.class).tables().containsAll(List.of("answers", "audit_log",
                    "call_attempts", "callback_requests", "campaigns", "do_not_call", "respondents",
                    "survey_versions", "surveys", "unanswered_questions")), "migrated");

            Fixtures fixtures = context.getBean(Fixtures.class);
            campaign = fixtures.runningCampaign("restart", 3, 0);
            fixtures.respondents(campaign, 1, 3);
            ClaimedCall call = context.getBean(DispatchStore.class).claimDue(NOW, 1, "instance-1").get(0);
            attemptId = call.attemptId();
            respondentId = call.respondentId();
            StoredCallJournal journal = context.getBean(StoredCallJournal.class);
            CallSetup setup = journal.answered(call.attemptKey()).orElseThrow();
            FlowEngine engine = setup.engine();
            Sprint sprint = engine.start(setup.trigger());
            journal.record(call.attemptKey(), sprint.events());
            for (String key : List.of("1", "2")) {
                sprint = engine.resume(sprint.state(), new DigitsEntered(key));
                journal.record(call.attemptKey(), sprint.events());
            }
            lastAnswered = context.getBean(AnswerRepository.class).findByRespondentIdOrderByAnsweredAt(respondentId)
                    .stream().map(StoredAnswer::questionId).collect(Collectors.toSet());
            assertFalse(lastAnswered.isEmpty());
            context.getBean(DoNotCallStore.class)
                    .add("+3584000000003", "asked by letter", DoNotCallSource.OFFICER, NOW);
        }
        assertFalse(Files.exists(DATA.resolve("db").resolve("postmaster.pid")), "the server stopped with the context");

        try (ApplicationContext context = ApplicationContext.run(properties(), "test")) {
            assertEquals("no", context.getBean(AnswerRepository.class).findByRespondentIdOrderByAnsweredAt(respondentId)
                    .get(0).value());
            // The call resumes from what was answered before the restart.
            assertEquals(lastAnswered, context.getBean(StoredCallJournal.class).answered(new AttemptKey(attemptId))
                    .orElseThrow().trigger().earlierAnswers().keySet());
            assertTrue(context.getBean(DoNotCallStore.class).contains("+3584000000003"));
            TestRows rows = context.getBean(TestRows.class);
            assertEquals(1, rows.attemptsNumbered(campaign, 1));
            assertEquals(1, rows.respondentsWithStatus(campaign, "IN_CALL"));
            assertEquals(1, rows.respondentsWithStatus(campaign, "PENDING"));
            assertEquals(1, rows.respondentsWithStatus(campaign, "DONE"), "closed by the do-not-call entry");
        }
    }
}
