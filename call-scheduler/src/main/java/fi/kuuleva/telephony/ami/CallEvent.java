package fi.kuuleva.telephony.ami;

/**
 * What Asterisk told us about a call attempt, converted from AMI events on Asterisk-Java's reader thread and
 * handed to the consumer on the client's own event thread, in order.
 */
public sealed interface CallEvent {

    String attemptId();

    /** The callee answered; the dialplan now runs the survey over FastAGI. */
    record Answered(String attemptId, String server) implements CallEvent {
    }

    /** The call was not answered. */
    record NotAnswered(String attemptId, String server, Failure failure, String detail) implements CallEvent {
    }

    /** The call's channel hung up, with the Q.850 cause (16 normal clearing, 17 busy, 19 no answer...). */
    record HungUp(String attemptId, String server, int cause, String causeText) implements CallEvent {
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
