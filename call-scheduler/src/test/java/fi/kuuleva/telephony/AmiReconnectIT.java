package fi.kuuleva.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.flow.Outcome;
import fi.kuuleva.survey.Language;
import fi.kuuleva.telephony.ami.CallEvent;
import fi.kuuleva.telephony.support.CallHarness;
import fi.kuuleva.telephony.support.LocalAsterisk;
import fi.kuuleva.telephony.support.Resident;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Asterisk restarted under a running service: the AMI connection comes back by itself and calls go on. */
class AmiReconnectIT {

    @Test
    void aDroppedAmiConnectionIsRestoredAndAnOriginateInFlightIsReportedNotLost() throws Exception {
        try (CallHarness harness = new CallHarness()) {
            harness.call("before-restart", Language.EN, Resident.person().waits(4).presses("0").waits(1)
                    .presses("0"));
            assertEquals(Outcome.CALLBACK_REQUESTED, harness.journal.ended("before-restart")
                    .get(60, TimeUnit.SECONDS).outcome());

            harness.call("ringing-at-restart", Language.EN, "Local/ringing@simulated-residents",
                    Map.of("RESIDENT_NO_ANSWER", "1"), 60);
            LocalAsterisk.restart();

            CallEvent lost = harness.awaitCallEnd("ringing-at-restart", Duration.ofSeconds(30));
            assertTrue(lost instanceof CallEvent.NotAnswered notAnswered
                            && java.util.Set.of(CallEvent.Failure.FAILED, CallEvent.Failure.CONNECTION_LOST)
                            .contains(notAnswered.failure()),
                    "the attempt ringing when Asterisk went away is reported as failed (Asterisk's own originate "
                            + "failure on shutdown, or our connection-lost), so it can be retried: " + lost);
            harness.awaitAmi(true, Duration.ofSeconds(60));
            assertTrue(harness.ami.reconnects() >= 1, "the connection was lost and came back: " + harness.ami.health());

            harness.call("after-restart", Language.EN, Resident.person().waits(4).presses("1").waits(1).presses("9")
                    .waits(1).presses("9"));
            assertEquals(Outcome.OPTED_OUT, harness.journal.ended("after-restart").get(60, TimeUnit.SECONDS).outcome());
            // Hung up before the harness closes: a channel left up would keep its unique id (kuuleva-<attempt>),
            // which the next test class's harness, numbering its attempts from 1 again, could not originate with.
            assertTrue(harness.awaitCallEnd("after-restart", Duration.ofSeconds(60)) instanceof CallEvent.Ended);
        }
    }
}
