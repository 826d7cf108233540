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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Calls to the survey number through the real local Asterisk (kuuleva-inbound), FastAGI and store: a SIPp phone
 * calls from a respondent's number and presses keys as RFC 4733 events, or from an unknown number. The respondent,
 * who hung up on an earlier outbound call, continues where it stopped and completes the survey on an inbound attempt
 * that leaves the outbound attempt count alone; the unknown caller leaves a call-back request kept by their number.
 * Staff are off duty (no staff line), so 0 files a call-back. Fails, never skips, without Asterisk.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboundCallIT implements TestPropertyProvider {

    private static final String KNOWN = "+358401234599";
    private static final String UNKNOWN = "+358401239999";

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
    private long campaign;
    private long respondent;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = CampaignCallsIT.callingSimulatedResidents("inbound-call-it", "4573");
        properties.put("kuuleva.dispatcher.poll-interval", "500ms");
        properties.put("kuuleva.asterisk.servers.local.max-concurrent-calls", "2");
        return properties;
    }

    @BeforeAll
    void aRunningCampaignWithARespondentWhoHungUpMidSurvey() throws Exception {
        PublishedVersion version = demo.publish(CampaignCallsIT.repo().resolve("examples/kotona-asuminen.yaml"));
        telephony.preparePrompts(engines.engine(version.versionId()).orElseThrow().survey());
        campaign = insert("INSERT INTO campaigns (name, survey_version_id, state, max_attempts) VALUES"
                + " ('inbound', ?, 'RUNNING', 2) RETURNING id", version.versionId());
        // not due for a day: the dispatcher leaves them alone, so only their own call reaches them
        respondent = insert("INSERT INTO respondents (campaign_id, phone_e164, language, attempts, next_attempt_at)"
                + " VALUES (?, '" + KNOWN + "', 'fi', 1, now() + interval '1 day') RETURNING id", campaign);
        long attempt = insert("INSERT INTO call_attempts (respondent_id, campaign_id, attempt_no, state, instance_id,"
                + " outcome, survey_outcome, language, queued_at) VALUES (?, ?, 1, 'ERRORED_AND_RETRIED', 'it',"
                + " 'HUNG_UP_MID_SURVEY', 'HUNG_UP', 'fi', now() - interval '1 hour') RETURNING id", respondent, campaign);
        for (String[] answer : List.of(new String[] {"arjen_sujuminen", "4"}, new String[] {"yksinaisyys", "joskus"},
                new String[] {"turvallisuus", "yes"}, new String[] {"kotihoito", "no"})) {
            update("INSERT INTO answers (respondent_id, question_id, attempt_id, value, source, answered_at)"
                    + " VALUES (?, '" + answer[0] + "', ?, '" + answer[1] + "', 'KEY', now())", respondent, attempt);
        }
        Awaitility.await("AMI login").atMost(Duration.ofSeconds(20)).until(dispatcher::connected);
    }

    @Test
    void aRespondentCallsBackAndFinishesTheSurveyWhereItStopped() throws Exception {
        // 1: palaute, yes; # (more than once if asked again): no spoken answer to the last, open question
        assertEquals(0, call(KNOWN, "1####", 4000), "SIPp saw the call answered and ended by Asterisk");

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertEquals(
                List.of("INBOUND COMPLETED COMPLETED 1"),
                rows("SELECT direction || ' ' || state || ' ' || outcome || ' ' || attempt_no FROM call_attempts"
                        + " WHERE respondent_id = ? AND direction = 'INBOUND'", respondent)));
        assertEquals(List.of("DONE COMPLETED 1"), rows("SELECT status || ' ' || last_outcome || ' ' || attempts"
                + " FROM respondents WHERE id = ?", respondent), "done, and the call-in cost no outbound attempt");
        assertEquals(List.of("palaute=yes"), rows("SELECT a.question_id || '=' || a.value FROM answers a"
                + " JOIN call_attempts c ON c.id = a.attempt_id WHERE c.direction = 'INBOUND' AND a.respondent_id = ?",
                respondent), "only the question left open was asked");
    }

    @Test
    void anUnknownCallerLeavesACallBackRequest() throws Exception {
        assertEquals(0, call(UNKNOWN, "101", 3000), "SIPp saw the call answered and ended by Asterisk");

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertEquals(
                List.of(UNKNOWN + " MORNING info false"),
                rows("SELECT caller_phone || ' ' || preferred_time || ' ' || at_step || ' ' || transfer_failed"
                        + " FROM callback_requests WHERE campaign_id = ? AND respondent_id IS NULL", campaign)));
    }

    private int call(String from, String keys, int firstKeyMillis) throws Exception {
        Process sipp = SipPhones.callIn(from, "--keys", keys, "--first-key-ms", Integer.toString(firstKeyMillis),
                "--gap-ms", "3000", "--timeout", "90");
        try {
            assertTrue(sipp.waitFor(100, TimeUnit.SECONDS), "SIPp ended (see target/sipp-call.log)");
            return sipp.exitValue();
        } finally {
            sipp.destroy();
        }
    }

    private long insert(String sql, Object... parameters) {
        return new Rows(jdbc).id(sql, parameters);
    }

    private void update(String sql, Object... parameters) {
        new Rows(jdbc).update(sql, parameters);
    }

    private List<String> rows(String sql, Object... parameters) {
        return new Rows(jdbc).of(sql, parameters);
    }
}
