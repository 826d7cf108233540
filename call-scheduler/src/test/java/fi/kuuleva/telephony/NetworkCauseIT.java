package fi.kuuleva.telephony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.kuuleva.survey.Language;
import fi.kuuleva.telephony.ami.CallEvent;
import fi.kuuleva.telephony.support.CallHarness;
import fi.kuuleva.telephony.support.Resident;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A call that does not connect carries its channel's Q.850 cause from the AMI Hangup, so that a number the network
 * does not know (cause 1) can count as not eligible in the response figures. Before, only the originate's reason
 * (Asterisk's AST_CONTROL value) arrived, which says nothing of the number.
 */
class NetworkCauseIT {

    private static final Duration CALL_TIME = Duration.ofSeconds(30);

    @Test
    void anUnallocatedNumberArrivesWithItsQ850CauseABusyLineWithNone() throws Exception {
        try (CallHarness harness = new CallHarness()) {
            harness.call("unallocated", Language.FI, Resident.person().with("RESIDENT_UNALLOCATED", "1"));
            harness.call("engaged", Language.FI, Resident.person().with("RESIDENT_BUSY", "1"));

            CallEvent.NotAnswered unallocated = assertInstanceOf(CallEvent.NotAnswered.class,
                    harness.awaitCallEnd("unallocated", CALL_TIME));
            assertEquals(1, unallocated.cause(), unallocated.toString());
            CallEvent.NotAnswered busy = assertInstanceOf(CallEvent.NotAnswered.class,
                    harness.awaitCallEnd("engaged", CALL_TIME));
            assertEquals(CallEvent.Failure.BUSY, busy.failure());
            assertNull(busy.cause(), "a Local channel's busy signal hangs it up with cause 0, which tells nothing: "
                    + busy);
        }
    }
}
