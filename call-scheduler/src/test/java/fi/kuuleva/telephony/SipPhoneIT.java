package fi.kuuleva.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.Answer;
import fi.kuuleva.flow.AnswerRecorded;
import fi.kuuleva.flow.Outcome;
import fi.kuuleva.survey.Language;
import fi.kuuleva.telephony.support.CallHarness;
import fi.kuuleva.telephony.support.LocalAsterisk;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A real SIP call: Asterisk dials its PJSIP endpoint {@code sipp}, answered by SIPp (Debian's sip-tester) on
 * 127.0.0.1:5070, which presses keys as RFC 4733 telephone-events; the answers arrive in the survey.
 */
class SipPhoneIT {

    @Test
    void keysFromARealSipPhoneAnswerTheSurvey() throws Exception {
        try (CallHarness harness = new CallHarness()) {
            Process sipp = new ProcessBuilder(LocalAsterisk.repo().resolve("asterisk-config/bin/sipp-answer").toString(),
                    "--keys", "11412#", "--first-key-ms", "2500", "--gap-ms", "800", "--calls", "1", "--timeout", "90")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                            new java.io.File("target/sipp-answer.log"))).start();
            try {
                harness.call("sip", Language.EN, "PJSIP/sipp", Map.of("KUULEVA_AMD", "off"), 20);
                assertEquals(Outcome.COMPLETED, harness.journal.ended("sip").get(90, TimeUnit.SECONDS).outcome(),
                        "events: " + harness.journal.events("sip"));
                Map<String, String> answers = harness.journal.events("sip").stream()
                        .filter(AnswerRecorded.class::isInstance).map(event -> ((AnswerRecorded) event).answer())
                        .collect(Collectors.toMap(Answer::questionId, Answer::value));
                assertEquals(Map.of("safe", "yes", "rating", "4", "visits", "12"), answers);
                harness.awaitCallEnd("sip", Duration.ofSeconds(30));
                assertTrue(sipp.waitFor(60, TimeUnit.SECONDS), "SIPp ended with the call");
                assertEquals(0, sipp.exitValue(), "SIPp saw a complete call (see target/sipp-answer.log)");
            } finally {
                sipp.destroy();
            }
        }
    }
}
