package fi.kuuleva.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.speech.Speech;
import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.prompt.PromptPreparer;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A stop whose call outlasts the drain: a service process carrying a resident who answered one question and then
 * stays silent on the line gets SIGTERM with {@code kuuleva.dispatcher.drain} of {@value #DRAIN_SECONDS} s. After the
 * drain its attempt is ended as lost and its line given back, the process exits without touching a closed pool,
 * the answer given is kept, and a second instance calls the resident again from the next question.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrainTimeoutIT implements TestPropertyProvider {

    private static final int DRAIN_SECONDS = 4;
    private static final String SECRET = System.getenv().getOrDefault("KUULEVA_AMI_SECRET", "kuuleva-dev-secret");

    private Map<String, String> database;
    private final List<ServiceProcess> services = new ArrayList<>();

    @Inject
    DemoCampaign demo;
    @Inject
    DemoReport report;
    @Inject
    Fixtures fixtures;
    @Inject
    SurveyEngines engines;
    @Inject
    JdbcOperations jdbc;

    @Override
    public Map<String, String> getProperties() {
        CampaignCallsIT.requireAsterisk();
        database = TestDatabase.freshDatabase();
        Map<String, String> properties = new HashMap<>(database);
        properties.put("kuuleva.dispatcher.enabled", "false");
        return properties;
    }

    @Test
    void aCallStillUpAfterTheDrainIsEndedCleanlyAndResumedByAnotherInstance() throws Exception {
        Rows rows = new Rows(jdbc);
        long version = fixtures.testSurvey().versionId();
        new PromptPreparer(Speech.promptFiles(SpeechConfig.defaults(CampaignCallsIT.media().resolve("prompts"))))
                .prepare(engines.engine(version).orElseThrow().survey());
        KeyedResident resident = new KeyedResident(50);
        String silentAfterOne = ResidentScript.keys("1").waits(KeyedResident.GAP_SECONDS)
                .presses(resident.keys().get("yksin")).toString();
        DemoResident silent = new DemoResident(resident.name(), resident.phone(), resident.demoResident().language(),
                "answers one question, then stays on the line silent", Map.of(
                        "attempt1.RESIDENT_SCRIPT", silentAfterOne,
                        "RESIDENT_SCRIPT", resident.scriptAfter(Set.of("yksin"))), "COMPLETED");
        ServiceProcess stopped = ServiceProcess.start("drain-timeout-a", instanceProperties());
        services.add(stopped);
        Awaitility.await("started").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> stopped.started() || !stopped.alive());
        long campaign = demo.start("drain-timeout", version, 3, Duration.ofSeconds(5), List.of(silent));
        Awaitility.await("the call mid-survey").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> rows.of("SELECT a.id FROM call_attempts a JOIN answers x ON x.attempt_id = a.id"
                        + " WHERE a.campaign_id = ? AND a.state = 'IN_PROGRESS'", campaign).size() == 1);

        long stopAt = System.nanoTime();
        stopped.stop(Duration.ofSeconds(DRAIN_SECONDS + 60));
        double exited = (System.nanoTime() - stopAt) / 1e9;
        String log = stopped.log();
        assertTrue(log.contains("calls still up after"), () -> "the drain ran out:\n" + log);
        assertFalse(log.contains("has been closed"), () -> "no closed pool used by the call still up:\n" + log);
        assertFalse(log.contains(" ERROR "), () -> "no error at the stop:\n" + log);
        assertEquals(List.of("FAILED"), rows.of("SELECT outcome FROM call_attempts WHERE campaign_id = ?", campaign),
                "the attempt was ended as lost, to be retried");
        assertEquals(List.of("0"), rows.of("SELECT count(*)::text FROM line_leases"), "its line given back");
        assertEquals(List.of("yksin=" + resident.answers().get("yksin")), rows.of("SELECT question_id || '=' || value"
                + " FROM answers"), "the answer given before the stop kept");

        ServiceProcess next = ServiceProcess.start("drain-timeout-b", instanceProperties());
        services.add(next);
        Awaitility.await("campaign completed by the next instance").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertEquals("COMPLETED",
                        report.progress(campaign).campaignState(), () -> report.attempts(campaign).stream()
                                .map(a -> String.join(" ", a)).toList() + "\n" + next.log()));
        Map<String, String> stored = new HashMap<>();
        rows.of("SELECT question_id || '=' || value FROM answers").forEach(row ->
                stored.put(row.substring(0, row.indexOf('=')), row.substring(row.indexOf('=') + 1)));
        assertEquals(resident.answers(), stored, "every answer once, the retry from the next question");
        System.out.printf("drain timeout: SIGTERM with 1 call up, drain %d s: exited after %.1f s, attempt ended"
                + " FAILED, retried by another instance and completed%n", DRAIN_SECONDS, exited);
    }

    private Map<String, String> instanceProperties() {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("kuuleva.dispatcher.enabled", "true");
        properties.put("kuuleva.dispatcher.public-holidays", "false");
        properties.put("kuuleva.dispatcher.poll-interval", "500ms");
        properties.put("kuuleva.dispatcher.drain", DRAIN_SECONDS + "s");
        properties.put("kuuleva.report.export.enabled", "false");
        properties.put("kuuleva.telephony.media-dir", CampaignCallsIT.media().toString());
        properties.put("kuuleva.asterisk.servers.local.secret", SECRET);
        properties.put("kuuleva.asterisk.servers.local.channel", "Local/{digits}@simulated-residents");
        properties.put("kuuleva.asterisk.servers.local.simulated", "true");
        properties.put("kuuleva.asterisk.servers.local.ring-seconds", "8");
        return properties;
    }

    @AfterAll
    void endServices() throws InterruptedException {
        for (ServiceProcess service : services) {
            if (service.alive()) {
                service.kill();
            }
        }
    }
}
