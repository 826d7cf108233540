package fi.kuuleva.admin.sms.smpp;

/**
 * What became of a submit_sm: {@link Accepted} with the SMSC's message id, {@link NotSent} when the SMSC surely did
 * not take it (not connected, refused), {@link Unknown} when it may have (no response in time).
 */
public sealed interface SubmitOutcome {

    record Accepted(String smscId) implements SubmitOutcome {
    }

    record NotSent(String reason) implements SubmitOutcome {
    }

    record Unknown(String reason) implements SubmitOutcome {
    }
}
