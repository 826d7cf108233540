package fi.kuuleva.telephony.ami;

import fi.kuuleva.campaign.attempts.AttemptKey;
import io.micronaut.core.annotation.Nullable;

/**
 * What Asterisk told us about a call attempt, converted from AMI events on Asterisk-Java's reader thread and
 * handed to the consumer on the client's own event thread, in order.
 */
public sealed interface CallEvent {

    AttemptKey attempt();

    /** The callee answered; the dialplan now runs the survey over FastAGI. */
    record Answered(AttemptKey attempt, String server) implements CallEvent {
    }

    /**
     * The call was not answered.
     *
     * @param cause the Q.850 cause of the originated channel's hang-up (1 unallocated number, 17 busy...), when
     *              Asterisk created the channel and reported its Hangup
     */
    record NotAnswered(AttemptKey attempt, String server, Failure failure, String detail, @Nullable Integer cause)
            implements CallEvent {
    }

    /**
     * An answered call ended (the dialplan's {@code KuulevaCallEnded} event).
     *
     * @param amdStatus   HUMAN, MACHINE, NOTSURE, SKIPPED, or HANGUP when the resident hung up during detection
     * @param agiStatus   SUCCESS or HANGUP when the survey ran; FAILURE when the FastAGI server was unreachable;
     *                    empty when it never started
     * @param hangupCause the Q.850 cause: 16 normal clearing, 41 temporary failure...
     */
    record Ended(AttemptKey attempt, String server, String amdStatus, String agiStatus, int hangupCause)
            implements CallEvent {
    }

    /** Why an originate did not connect. */
    enum Failure {
        BUSY, NO_ANSWER, CONGESTION, FAILED,
        /** The AMI connection dropped before Asterisk answered the originate; the call's fate is unknown. */
        CONNECTION_LOST,
        /** No originate response within the ring time and a margin. */
        NO_RESPONSE
    }
}
