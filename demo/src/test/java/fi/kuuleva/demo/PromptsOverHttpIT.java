package fi.kuuleva.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.survey.PublishedVersion;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.calls.Telephony;
import fi.kuuleva.dialler.Dispatcher;
import fi.kuuleva.speech.asr.SpeechLanguages;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An Asterisk that does not see the service's media folder: the service keeps its prompts in a folder outside the
 * one the local Asterisk has (its chroot has only the repository's var/media), so every prompt reaches Asterisk as a
 * signed http:// address that Asterisk fetches from the service (res_http_media_cache). Residents answering in
 * Finnish and Swedish complete the survey by key. Fails, never skips, without Asterisk.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptsOverHttpIT implements TestPropertyProvider {

    private static final Set<String> RESIDENTS = Set.of("Aino", "Bertil");
    private static final String PROMPT_ROUTE = "/media/prompts/{folder}/{file}";

    @Inject
    DemoCampaign demo;
    @Inject
    Telephony telephony;
    @Inject
    Dispatcher dispatcher;
    @Inject
    DemoReport report;
    @Inject
    SurveyEngines engines;
    @Inject
    SpeechLanguages speechLanguages;
    @Inject
    MeterRegistry meters;

    private final Path ownMedia = TestDatabase.temporaryDirectory("kuuleva-own-media");

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = CampaignCallsIT.callingSimulatedResidents("prompts-over-http-it",
                System.getProperty("kuuleva.it.agi-port", "4575"));
        int port = freePort();
        properties.put("micronaut.server.port", String.valueOf(port));
        properties.put("kuuleva.telephony.media-dir", ownMedia.toString());
        properties.put("kuuleva.telephony.prompt-url", "http://127.0.0.1:" + port + "/media/prompts");
        properties.put("kuuleva.dispatcher.public-holidays", "false");
        properties.put("kuuleva.dispatcher.poll-interval", "500ms");
        properties.put("kuuleva.asterisk.servers.local.max-concurrent-calls", "2");
        return properties;
    }

    @Test
    void asteriskFetchesEveryPromptFromTheServiceAndTheResidentsComplete() throws Exception {
        assertFalse(ownMedia.startsWith(CampaignCallsIT.media()), "the service's prompts are not where Asterisk looks");
        PublishedVersion version = demo.publish(CampaignCallsIT.repo().resolve("examples/kotona-asuminen.yaml"));
        var engine = engines.engine(version.versionId()).orElseThrow();
        telephony.preparePrompts(engine.survey());
        PromptTimer timer = new PromptTimer(engine, telephony.prompts(), speechLanguages.languages());
        List<DemoResident> residents = DemoResidents.all(timer, CampaignCallsIT.media(), false).stream()
                .filter(resident -> RESIDENTS.contains(resident.name())).toList();
        Awaitility.await("AMI login").atMost(Duration.ofSeconds(20)).until(dispatcher::connected);

        long campaign = demo.start("over-http", version.versionId(), 1, Duration.ofSeconds(5), residents);

        Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertEquals("COMPLETED", report.progress(campaign).campaignState(), () -> "attempts: "
                        + report.attempts(campaign).stream().map(a -> String.join(" ", a)).toList()));
        Map<String, String> outcomes = report.respondents(campaign).stream()
                .collect(Collectors.toMap(DemoReport.Row::name, DemoReport.Row::outcome));
        assertEquals(Map.of("Aino", "COMPLETED", "Bertil", "COMPLETED"), outcomes);
        List<String> answers = report.answers(campaign).stream().map(a -> a[0] + "=" + a[1] + " x" + a[2]).toList();
        assertTrue(answers.contains("turvallisuus=yes x2"), "both residents' keyed answers stored: " + answers);
        long served = meters.find("http.server.requests").tag("uri", PROMPT_ROUTE).tag("status", "200").timers()
                .stream().mapToLong(Timer::count).sum();
        long refused = meters.find("http.server.requests").tag("uri", PROMPT_ROUTE).timers().stream()
                .mapToLong(Timer::count).sum() - served;
        assertTrue(served >= 10, "prompts Asterisk fetched from the service: " + served);
        assertEquals(0, refused, "prompt requests refused");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
