package fi.kuuleva.admin.respondent.inbox;

/** What became of a dropped file: accepted (to {@code done/}) or not (to {@code failed/}), and its report as JSON. */
public record InboxOutcome(boolean accepted, String report) {

    /** The inbox subfolder the file and its report go to. */
    public String folder() {
        return accepted ? "done" : "failed";
    }
}
