package fi.kuuleva.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.survey.PublishedVersion;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.calls.Telephony;
import fi.kuuleva.dialler.Dispatcher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.event.BridgeEnterEvent;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Transfers to a person through the real local Asterisk, with staff on duty around the clock and a member of staff's
 * phone (SIPp on 127.0.0.1:5072, {@code PJSIP/staff}): a respondent who calls in presses 0 twice and is put through,
 * Asterisk bridging their call with the staff phone (seen as both channels entering one bridge over AMI); when the
 * staff phone rings unanswered, the resident hears so and a call-back marked as a failed transfer is filed.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferCallIT implements TestPropertyProvider {

    private static final String ANSWERED = "+358401234597";
    private static final String UNANSWERED = "+358401234598";
    private static final String SECRET = System.getenv().getOrDefault("KUULEVA_AMI_SECRET", "kuuleva-dev-secret");

    @Inject
    DemoCampaign demo;
    @Inject
    Telephony telephony;
    @Inject
    Dispatcher dispatcher;
    @Inject
    SurveyEngines engines;
    @Inject
    JdbcOperations jdbc;
    private Rows rows;
    private long campaign;
    private ManagerConnection ami;
    /** Channels that entered each bridge, by bridge id (filled on Asterisk-Java's reader thread). */
    private final Map<String, Set<String>> bridges = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = CampaignCallsIT.callingSimulatedResidents("transfer-call-it", "4573");
        properties.put("kuuleva.staff.dial", "PJSIP/staff");
        properties.put("kuuleva.staff.ring-seconds", "5");
        properties.put("kuuleva.staff.days", "MON-SUN");
        properties.put("kuuleva.staff.opens", "00:00");
        properties.put("kuuleva.staff.closes", "23:59");
        properties.put("kuuleva.staff.public-holidays", "false");
        return properties;
    }

    @BeforeAll
    void aRunningCampaignAndAnAmiListener() throws Exception {
        rows = new Rows(jdbc);
        PublishedVersion version = demo.publish(CampaignCallsIT.repo().resolve("examples/kotona-asuminen.yaml"));
        telephony.preparePrompts(engines.engine(version.versionId()).orElseThrow().survey());
        campaign = rows.id("INSERT INTO campaigns (name, survey_version_id, state, max_attempts) VALUES"
                + " ('transfer', ?, 'RUNNING', 2) RETURNING id", version.versionId());
        for (String phone : List.of(ANSWERED, UNANSWERED)) {
            rows.update("INSERT INTO respondents (campaign_id, phone_e164, language, next_attempt_at)"
                    + " VALUES (?, ?, 'fi', now() + interval '1 day')", campaign, phone);
        }
        ami = new ManagerConnectionFactory("127.0.0.1", 5038, "kuuleva", SECRET).createManagerConnection();
        ami.addEventListener(event -> {
            if (event instanceof BridgeEnterEvent entered) {
                bridges.computeIfAbsent(entered.getBridgeUniqueId(), id -> ConcurrentHashMap.newKeySet())
                        .add(entered.getChannel());
            }
        });
        ami.login();
        Awaitility.await("AMI login").atMost(Duration.ofSeconds(20)).until(dispatcher::connected);
    }

    @AfterAll
    void logOff() {
        if (ami != null) {
            ami.logoff();
        }
    }

    @Test
    void zeroTwicePutsTheResidentThroughToAMemberOfStaff() throws Exception {
        Process staff = SipPhones.staff("--timeout", "90");
        try {
            // 1: Finnish, 1: consent, 0 and 0: a person now; the resident hangs up 25 s after the first key
            Process resident = SipPhones.callIn(ANSWERED, "--keys", "1100", "--first-key-ms", "3000",
                    "--gap-ms", "2500", "--hangup-ms", "25000", "--timeout", "90");
            assertTrue(resident.waitFor(100, TimeUnit.SECONDS), "the resident's SIPp ended");
            assertEquals(0, resident.exitValue(), "the resident's call was answered and hung up (target/sipp-call.log)");
            assertTrue(staff.waitFor(30, TimeUnit.SECONDS), "the staff phone's SIPp ended");
            assertEquals(0, staff.exitValue(), "the staff phone answered and Asterisk hung it up (target/sipp-staff.log)");
        } finally {
            staff.destroy();
        }
        assertTrue(bridges.values().stream().anyMatch(channels -> channels.size() == 2
                        && channels.stream().anyMatch(channel -> channel.startsWith("PJSIP/staff-"))
                        && channels.stream().anyMatch(channel -> channel.startsWith("PJSIP/sipp-"))),
                "the resident's channel and the staff phone's entered one bridge: " + bridges);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertEquals(
                List.of("INBOUND TRANSFERRED CONNECTED"),
                rows.of("SELECT a.direction || ' ' || a.outcome || ' ' || a.transfer FROM call_attempts a"
                        + " JOIN respondents r ON r.id = a.respondent_id WHERE r.phone_e164 = ?", ANSWERED)));
        assertEquals(List.of("DONE"), rows.of("SELECT status FROM respondents WHERE phone_e164 = ?", ANSWERED));
    }

    @Test
    void aStaffPhoneThatDoesNotAnswerLeadsToACallBack() throws Exception {
        Process staff = SipPhones.staff("--ring-ms", "30000", "--timeout", "40");
        try {
            Process resident = SipPhones.callIn(UNANSWERED, "--keys", "1100", "--first-key-ms", "3000",
                    "--gap-ms", "2500", "--timeout", "90");
            assertTrue(resident.waitFor(100, TimeUnit.SECONDS), "the resident's SIPp ended");
            assertEquals(0, resident.exitValue(), "Asterisk hung up after telling the resident (target/sipp-call.log)");
        } finally {
            staff.destroy();
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertEquals(
                List.of("CALLBACK_REQUESTED NOT_ANSWERED"),
                rows.of("SELECT a.outcome || ' ' || a.transfer FROM call_attempts a JOIN respondents r"
                        + " ON r.id = a.respondent_id WHERE r.phone_e164 = ?", UNANSWERED)));
        assertEquals(List.of("true ANY"), rows.of("SELECT c.transfer_failed || ' ' || c.preferred_time"
                + " FROM callback_requests c JOIN respondents r ON r.id = c.respondent_id WHERE r.phone_e164 = ?",
                UNANSWERED), "the call-back is filed and marked as a failed transfer");
    }
}
