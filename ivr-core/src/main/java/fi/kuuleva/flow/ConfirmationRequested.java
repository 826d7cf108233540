package fi.kuuleva.flow;

/** A spoken answer below the confidence threshold is read back for the caller to confirm by key. */
public record ConfirmationRequested(String questionId, String value, String heard, double confidence)
        implements Event {
}
