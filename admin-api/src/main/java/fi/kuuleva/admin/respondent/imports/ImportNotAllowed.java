package fi.kuuleva.admin.respondent.imports;

/** An import that was not even read: the campaign does not exist or is closed, or the file is too large. */
public class ImportNotAllowed extends RuntimeException {

    /** Why; the HTTP layer turns each into its status (404, 409, 413). */
    public enum Reason { UNKNOWN_CAMPAIGN, CAMPAIGN_CLOSED, TOO_LARGE }

    private final Reason reason;

    ImportNotAllowed(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
