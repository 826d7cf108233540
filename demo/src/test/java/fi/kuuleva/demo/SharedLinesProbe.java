package fi.kuuleva.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.survey.PublishedVersion;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.calls.Telephony;
import fi.kuuleva.dialler.Dispatcher;
import fi.kuuleva.speech.asr.SpeechLanguages;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Calls to the survey number side by side with a running campaign on the same Asterisk lines: while simulated
 * residents are called on a server of {@value #LINES} lines, unknown callers call in one after another (retrying when
 * refused as busy). Every 200 ms the channels are counted over AMI: outbound calls (a Local channel's first half, from
 * the dial on) plus inbound ones the service took (the SIPp caller's PJSIP channel, once older than a second: a call
 * refused as busy is rejected within its first) are sampled, and both kinds must be seen up together. Prints the
 * figures for docs/benchmarks.md ("Inbound and outbound on the same lines"). A measurement, not a gate: no IT suffix,
 * so failsafe runs it only when named, holding the Asterisk lock:
 * {@code mvn -o -pl demo -am verify -Dtest=none -Dit.test=SharedLinesProbe -Dsurefire.failIfNoSpecifiedTests=false}.
 * Channels are not the service's line count: a call's line is given back when its end reaches the service, while
 * Asterisk may still be tearing its channels down, so a sample can catch one call more than the lines.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedLinesProbe implements TestPropertyProvider {

    private static final int LINES = 3;
    private static final Set<String> RESIDENTS = Set.of("Aino", "Bertil", "Elsa", "Helmi", "Toivo", "Kerttu");
    private static final String SECRET = System.getenv().getOrDefault("KUULEVA_AMI_SECRET", "kuuleva-dev-secret");

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
    SpeechLanguages recognizers;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = CampaignCallsIT.callingSimulatedResidents("shared-lines-it", "4573");
        properties.put("kuuleva.dispatcher.public-holidays", "false");
        properties.put("kuuleva.dispatcher.poll-interval", "500ms");
        properties.put("kuuleva.asterisk.servers.local.ring-seconds", "8");
        properties.put("kuuleva.asterisk.servers.local.max-concurrent-calls", Integer.toString(LINES));
        return properties;
    }

    @Test
    void inboundAndOutboundCallsTogetherStayWithinTheLines() throws Exception {
        PublishedVersion version = demo.publish(CampaignCallsIT.repo().resolve("examples/kotona-asuminen.yaml"));
        var engine = engines.engine(version.versionId()).orElseThrow();
        telephony.preparePrompts(engine.survey());
        PromptTimer timer = new PromptTimer(engine, telephony.prompts(), recognizers.languages());
        List<DemoResident> residents = DemoResidents.all(timer, CampaignCallsIT.media(), false).stream()
                .filter(resident -> RESIDENTS.contains(resident.name())).toList();
        Awaitility.await("AMI login").atMost(Duration.ofSeconds(20)).until(dispatcher::connected);
        ManagerConnection ami = new ManagerConnectionFactory("127.0.0.1", 5038, "kuuleva", SECRET)
                .createManagerConnection();
        ami.login();
        long campaign = demo.start("shared-lines", version.versionId(), 2, Duration.ofSeconds(5), residents);

        int[] most = new int[2];
        int[] together = new int[1];
        int[] samples = new int[1];
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            try {
                ResponseEvents channels = ami.sendEventGeneratingAction(new CoreShowChannelsAction(), 5000);
                List<CoreShowChannelEvent> up = channels.getEvents().stream()
                        .filter(CoreShowChannelEvent.class::isInstance).map(CoreShowChannelEvent.class::cast).toList();
                long outbound = up.stream().filter(c -> c.getChannel().startsWith("Local/")
                        && c.getChannel().endsWith(";1")).count();
                // a call the service refuses as busy is rejected within its first second: only longer ones hold a line
                long inbound = up.stream().filter(c -> c.getChannel().startsWith("PJSIP/sipp-")
                        && !"00:00:00".equals(c.getDuration())).count();
                long refusing = up.stream().filter(c -> c.getChannel().startsWith("PJSIP/sipp-")).count() - inbound;
                synchronized (most) {
                    most[0] = Math.max(most[0], (int) (outbound + inbound));
                    most[1] = Math.max(most[1], (int) (outbound + inbound + refusing));
                    together[0] += outbound > 0 && inbound > 0 ? 1 : 0;
                    samples[0]++;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 0, 200, TimeUnit.MILLISECONDS);

        int answered = 0;
        int refused = 0;
        long started = System.nanoTime();
        try {
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (answered < 3 && System.nanoTime() < giveUp) {
                Process caller = SipPhones.callIn("+35840999000" + answered, "--keys", "1", "--first-key-ms", "3000",
                        "--hangup-ms", "6000", "--timeout", "30");
                assertTrue(caller.waitFor(40, TimeUnit.SECONDS), "SIPp ended");
                if (caller.exitValue() == 0) {
                    answered++;
                } else {
                    refused++;
                }
            }
            Awaitility.await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1)).until(
                    () -> "COMPLETED".equals(report.progress(campaign).campaignState()));
        } finally {
            sampler.shutdownNow();
            sampler.awaitTermination(5, TimeUnit.SECONDS);
            ami.logoff();
        }
        synchronized (most) {
            System.out.printf("shared lines: %d lines, most calls up at once %d (%d counting calls being refused;"
                            + " %d samples, %d with inbound and outbound up together); inbound calls answered %d,"
                            + " refused as busy %d, %.0f s%n",
                    LINES, most[0], most[1], samples[0], together[0], answered, refused,
                    (System.nanoTime() - started) / 1e9);
            assertTrue(together[0] > 0, "inbound and outbound calls were up side by side");
            assertTrue(answered == 3, "every caller got through, retrying when refused: " + answered);
        }
    }
}
