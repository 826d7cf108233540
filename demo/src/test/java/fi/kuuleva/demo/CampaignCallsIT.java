package fi.kuuleva.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.survey.PublishedVersion;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.calls.Telephony;
import fi.kuuleva.dialler.Dispatcher;
import fi.kuuleva.smsc.SmscSimulator;
import fi.kuuleva.speech.asr.SpeechLanguages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.awaitility.Awaitility;

/**
 * A campaign of simulated residents runs to completion through the real dispatcher, the real local Asterisk (AMI,
 * AMD, FastAGI) and the real store: keys, busy, no answer then answered, a hang-up resumed on the retry, an opt-out
 * and a call-back request; the residents with mobiles get their pre-notice before their first call, and the one
 * always busy a follow-up, through a real SMPP server ({@link SmscSimulator}). Fails, never skips, without Asterisk.
 * FastAGI on {@code kuuleva.it.agi-port} (4575).
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignCallsIT implements TestPropertyProvider {

    private static final Set<String> RESIDENTS = Set.of("Aino", "Veikko", "Helmi", "Toivo", "Olavi", "Kerttu");
    private static final Duration LIMIT = Duration.ofMinutes(8);

    SmscSimulator smsc;

    @Inject
    DemoCampaign demo;
    @Inject
    DemoTexts texts;
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

    /**
     * A fresh database and a dispatcher {@code instanceId} calling the local Asterisk's simulated residents, its
     * FastAGI on {@code agiPort}: the settings every real-call test here starts from (after {@link #requireAsterisk}).
     */
    static Map<String, String> callingSimulatedResidents(String instanceId, String agiPort) {
        requireAsterisk();
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.dispatcher.enabled", "true");
        properties.put("kuuleva.dispatcher.instance-id", instanceId);
        properties.put("kuuleva.telephony.agi-port", agiPort);
        properties.put("kuuleva.telephony.media-dir", media().toString());
        properties.put("kuuleva.asterisk.servers.local.secret",
                System.getenv().getOrDefault("KUULEVA_AMI_SECRET", "kuuleva-dev-secret"));
        properties.put("kuuleva.asterisk.servers.local.channel", "Local/{digits}@simulated-residents");
        properties.put("kuuleva.asterisk.servers.local.simulated", "true");
        return properties;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = callingSimulatedResidents("campaign-calls-it",
                System.getProperty("kuuleva.it.agi-port", "4575"));
        properties.put("kuuleva.dispatcher.public-holidays", "false");
        properties.put("kuuleva.dispatcher.poll-interval", "500ms");
        properties.put("kuuleva.asterisk.servers.local.ring-seconds", "8");
        properties.put("kuuleva.asterisk.servers.local.max-concurrent-calls", "6");
        smsc = SmscSimulator.start(DemoTexts.decoder());
        properties.putAll(DemoTexts.settings(smsc));
        return properties;
    }

    @AfterAll
    void stopSmsc() throws IOException {
        smsc.close();
    }

    @Test
    void aCampaignOfSimulatedResidentsRunsToCompletion() throws Exception {
        PublishedVersion version = demo.publish(repo().resolve("examples/kotona-asuminen.yaml"));
        var engine = engines.engine(version.versionId()).orElseThrow();
        telephony.preparePrompts(engine.survey());
        PromptTimer timer = new PromptTimer(engine, telephony.prompts(), speechLanguages.languages());
        List<DemoResident> residents = DemoResidents.all(timer, media(), false).stream()
                .filter(resident -> RESIDENTS.contains(resident.name())).toList();
        awaitAmi();
        long campaign = demo.start("it", version.versionId(), 2, Duration.ofSeconds(5), residents);

        DemoReport.Progress progress = awaitCompleted(campaign);

        Map<String, DemoReport.Row> rows = report.respondents(campaign).stream()
                .collect(Collectors.toMap(DemoReport.Row::name, row -> row));
        String attempts = report.attempts(campaign).stream().map(a -> String.join(" ", a))
                .collect(Collectors.joining("\n  ", "attempts:\n  ", ""));
        assertEquals("COMPLETED", progress.campaignState(), attempts);
        assertEquals(Map.of("Aino", "COMPLETED", "Veikko", "BUSY", "Helmi", "COMPLETED", "Toivo", "COMPLETED",
                        "Olavi", "OPTED_OUT", "Kerttu", "CALLBACK_REQUESTED"),
                rows.values().stream().collect(Collectors.toMap(DemoReport.Row::name, DemoReport.Row::outcome)),
                attempts);
        assertEquals(Map.of("Aino", 1, "Veikko", 2, "Helmi", 2, "Toivo", 2, "Olavi", 1, "Kerttu", 1),
                rows.values().stream().collect(Collectors.toMap(DemoReport.Row::name, DemoReport.Row::attempts)),
                attempts);
        List<String> answers = report.answers(campaign).stream().map(a -> a[0] + "=" + a[1] + " x" + a[2]).toList();
        assertTrue(answers.contains("arjen_sujuminen=3 x1"), "Toivo's first-attempt answer kept: " + answers);
        assertTrue(answers.contains("turvallisuus=yes x3"), "Aino, Helmi and Toivo (resumed): " + answers);
        assertEquals(List.of("Kerttu MORNING"), report.callbacks(campaign).stream().map(c -> c[0] + " " + c[4]).toList(),
                "the call-back is kept with the morning Kerttu chose");
        assertEquals(List.of("Olavi"), report.optOuts(campaign).stream().map(o -> o[0]).toList());
        assertTexts(campaign, residents);

        assertEquals(9, meters.find("kuuleva.call.attempts.ended").counters().stream()
                .mapToDouble(Counter::count).sum(), "every attempt's end is counted for Prometheus");
        assertEquals(2, meters.find("kuuleva.call.attempts.ended").tag("outcome", "BUSY").counters().stream()
                .mapToDouble(Counter::count).sum());
        assertEquals(0, meters.get("kuuleva.calls.in.progress").gauge().value());
        assertTrue(meters.get("kuuleva.call.answer.latency").timer().count() > 10,
                "input-to-next-prompt times are recorded on every call");
    }

    /**
     * The mobiles (Aino, Veikko, Kerttu) got the Finnish pre-notice before their first call, Veikko after his two busy
     * calls the follow-up too; the others have no mobile and got nothing.
     */
    private void assertTexts(long campaign, List<DemoResident> residents) {
        Map<String, String> phones = residents.stream().collect(Collectors.toMap(DemoResident::name,
                DemoResident::phoneE164));
        String[] notice = DemoTexts.PRE_NOTICE_FI.replace("{number}", "09 1234567").split("\\{date}");
        String followUp = DemoTexts.FOLLOW_UP_FI.replace("{number}", "09 1234567");
        Awaitility.await("Veikko's follow-up").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> smsc.receivedBy(phones.get("Veikko")).size() == 2);
        for (String name : List.of("Aino", "Veikko", "Kerttu")) {
            List<String> got = smsc.receivedBy(phones.get(name)).stream().map(SmscSimulator.Received::text).toList();
            assertTrue(got.get(0).startsWith(notice[0]) && got.get(0).endsWith(notice[1])
                    && got.get(0).matches(".* \\d{1,2}\\.\\d{1,2}\\. .*"), name + "'s pre-notice, dated: " + got);
            assertEquals(name.equals("Veikko") ? List.of(got.get(0), followUp) : List.of(got.get(0)), got, name);
        }
        for (String name : List.of("Helmi", "Toivo", "Olavi")) {
            assertEquals(List.of(), smsc.receivedBy(phones.get(name)), name + " has no mobile: never texted");
        }
        assertEquals(List.of(), texts.calledBeforeTheirPreNotice(campaign), "called before the pre-notice left");
    }

    /** The campaign's progress once it is COMPLETED; on time-out the failure lists every attempt. */
    private DemoReport.Progress awaitCompleted(long campaign) {
        Awaitility.await().atMost(LIMIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertEquals(
                "COMPLETED", report.progress(campaign).campaignState(), () -> "campaign state; attempts: "
                        + report.attempts(campaign).stream().map(a -> String.join(" ", a)).toList()));
        return report.progress(campaign);
    }

    private void awaitAmi() {
        Awaitility.await("the dispatcher logs in to the local Asterisk's AMI").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100)).until(dispatcher::connected);
    }

    static void requireAsterisk() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5038), 2000);
        } catch (IOException e) {
            fail("No Asterisk AMI on 127.0.0.1:5038 (" + e.getMessage() + "). This test calls the real local "
                    + "Asterisk's simulated residents: run ./ivr asterisk start, or ./ivr test which starts it.");
        }
    }

    static Path repo() {
        return Path.of(System.getProperty("kuuleva.repo", "..")).toAbsolutePath().normalize();
    }

    static Path media() {
        String configured = System.getenv("KUULEVA_MEDIA_DIR");
        Path media = Path.of(configured != null ? configured
                : System.getProperty("kuuleva.media", repo().resolve("var/media").toString())).toAbsolutePath();
        if (!Files.isDirectory(media.resolve("simulated"))) {
            fail("The media folder " + media + " has no simulated/ residents' audio: start the local Asterisk with "
                    + "./ivr asterisk start (it prepares the folder).");
        }
        return media.normalize();
    }
}
