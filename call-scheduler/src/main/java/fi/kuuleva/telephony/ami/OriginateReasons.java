package fi.kuuleva.telephony.ami;

import fi.kuuleva.telephony.ami.CallEvent.Failure;

/** Asterisk's originate failure reasons (the {@code Reason} of an OriginateResponse) as our failures. */
final class OriginateReasons {

    private OriginateReasons() {
    }

    /**
     * 1 hung up before answer, 3 ringing until the timeout, 5 busy, 8 congestion, 0 no such channel or failure
     * (Asterisk's AST_CONTROL_* values).
     */
    static Failure failure(Integer reason) {
        if (reason == null) {
            return Failure.FAILED;
        }
        return switch (reason) {
            case 5 -> Failure.BUSY;
            case 3, 1 -> Failure.NO_ANSWER;
            case 8 -> Failure.CONGESTION;
            default -> Failure.FAILED;
        };
    }
}
