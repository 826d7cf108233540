package fi.kuuleva.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.survey.PublishedVersion;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.speech.Speech;
import fi.kuuleva.speech.SpeechConfig;
import fi.kuuleva.speech.prompt.PromptFiles;
import fi.kuuleva.speech.prompt.PromptPreparer;
import fi.kuuleva.survey.Language;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.awaitility.Awaitility;

/**
 * The service is a separate process dialling a campaign through the real local Asterisk; it is killed (SIGKILL) while
 * calls are in progress and started again: no answer given before the kill is lost, the attempts it left open are
 * ended and retried, and the campaign completes. This test's JVM only sets up and reads the database.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceKilledIT implements TestPropertyProvider {

    private Map<String, String> database;
    private Process service;

    @Inject
    DemoCampaign demo;
    @Inject
    DemoReport report;
    @Inject
    SurveyEngines engines;

    @Override
    public Map<String, String> getProperties() {
        CampaignCallsIT.requireAsterisk();
        database = TestDatabase.freshDatabase();
        return database;
    }

    @Test
    void noAnswerIsLostWhenTheServiceIsKilledMidCampaign() throws Exception {
        PublishedVersion version = demo.publish(CampaignCallsIT.repo().resolve("examples/kotona-asuminen.yaml"));
        var engine = engines.engine(version.versionId()).orElseThrow();
        PromptFiles prompts = Speech.promptFiles(SpeechConfig.defaults(CampaignCallsIT.media().resolve("prompts")));
        new PromptPreparer(prompts).prepare(engine.survey());
        List<DemoResident> residents = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            // First call: two questions answered, then on the line, silent, until the service dies; the retry
            // resumes at the third question, asking neither language nor consent again.
            residents.add(new DemoResident("K" + i, "+35800099920" + i, Language.FI, "killed mid-call",
                    Map.of("attempt1.RESIDENT_SCRIPT", ResidentScript.keys("1", "1", "3", "2").waits(60).toString(),
                            "RESIDENT_SCRIPT", ResidentScript.keys("1", "2", "1").toString()),
                    "COMPLETED"));
        }
        long campaign = demo.start("killed", version.versionId(), 3, Duration.ofSeconds(5), residents);

        service = startService();
        List<String> beforeKill = awaitAnswers(campaign, 6, Duration.ofMinutes(3));
        service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        List<String> stillStored = answerKeys(campaign);
        assertTrue(stillStored.containsAll(beforeKill), "answers committed before the kill: " + beforeKill);

        service = startService();
        DemoReport.Progress progress = awaitCompleted(campaign, Duration.ofMinutes(6));
        String attempts = report.attempts(campaign).stream().map(a -> String.join(" ", a))
                .collect(Collectors.joining("\n  ", "attempts:\n  ", ""));
        assertEquals("COMPLETED", progress.campaignState(), attempts);
        assertTrue(answerKeys(campaign).containsAll(beforeKill), attempts);
        assertTrue(report.respondents(campaign).stream().allMatch(row -> row.outcome().equals("COMPLETED")),
                "every resident completed: " + report.respondents(campaign) + "\n" + attempts);
        assertTrue(answerKeys(campaign).stream().filter(a -> a.endsWith("arjen_sujuminen=3")).count() == 3, attempts);
        assertTrue(report.attempts(campaign).stream().anyMatch(a -> a[2].equals("FAILED")),
                "an attempt lost with the killed service was ended as FAILED and retried: " + attempts);
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.destroy();
        }
    }

    private Process startService() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path")));
        Map<String, String> properties = new HashMap<>(database);
        properties.put("micronaut.server.port", "-1");
        properties.put("kuuleva.dispatcher.enabled", "true");
        properties.put("kuuleva.dispatcher.instance-id", "service-killed-it");
        properties.put("kuuleva.dispatcher.public-holidays", "false");
        properties.put("kuuleva.dispatcher.poll-interval", "500ms");
        properties.put("kuuleva.telephony.agi-port", System.getProperty("kuuleva.it.agi-port", "4575"));
        properties.put("kuuleva.telephony.media-dir", CampaignCallsIT.media().toString());
        properties.put("kuuleva.asterisk.servers.local.secret",
                System.getenv().getOrDefault("KUULEVA_AMI_SECRET", "kuuleva-dev-secret"));
        properties.put("kuuleva.asterisk.servers.local.channel", "Local/{digits}@simulated-residents");
        properties.put("kuuleva.asterisk.servers.local.simulated", "true");
        properties.put("kuuleva.asterisk.servers.local.ring-seconds", "8");
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("fi.kuuleva.admin.Application");
        File log = Path.of("target", "service-killed-it.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    }

    private List<String> answerKeys(long campaign) {
        return report.answerKeys(campaign);
    }

    private List<String> awaitAnswers(long campaign, int count, Duration within) {
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertTrue(service.isAlive(), "the service runs (see target/service-killed-it.log)");
            List<String> answers = answerKeys(campaign);
            assertTrue(answers.size() >= count, () -> count + " answers stored: " + answers);
        });
        return answerKeys(campaign);
    }

    /** The campaign's progress once it is COMPLETED; on time-out the failure lists every attempt. */
    private DemoReport.Progress awaitCompleted(long campaign, Duration within) {
        Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertEquals(
                "COMPLETED", report.progress(campaign).campaignState(), () -> "campaign state; attempts: "
                        + report.attempts(campaign).stream().map(a -> String.join(" ", a)).toList()));
        return report.progress(campaign);
    }
}
