package fi.kuuleva.admin.sms.smpp;

/** What the SMSC delivers to us: a delivery receipt of a message we sent, or a resident's reply. */
public sealed interface Inbound {

    /** The final state of message {@code smscId}: delivered, or not with the SMSC's status word and error code. */
    record Receipt(String smscId, boolean delivered, String status, String error) implements Inbound {
    }

    /** A text from {@code fromE164} (E.164, or the sender as given when it is not a number). */
    record Reply(String fromE164, String text) implements Inbound {
    }
}
