package fi.kuuleva.admin.dispatch;

/**
 * The lifecycle of one call attempt (mailroom's call statuses; the same names as call-scheduler's AttemptStatus):
 * queued when claimed, in progress once dialled, then completed, errored and retried, or failed.
 */
public enum AttemptState {
    QUEUED,
    IN_PROGRESS,
    /** Ended with an answer the campaign keeps (completed, refused, opted out, asked for a call-back). */
    COMPLETED,
    /** Ended without a final answer; another attempt is scheduled. */
    ERRORED_AND_RETRIED,
    /** Ended without a final answer; no attempt follows. */
    FAILED;

    public boolean isOpen() {
        return this == QUEUED || this == IN_PROGRESS;
    }
}
