package fi.kuuleva.campaign.attempts;

/** The lifecycle of one call attempt (after mailroom's call statuses); the column call_attempts.state stores. */
public enum AttemptStatus {
    QUEUED,
    IN_PROGRESS,
    /** Ended with an answer the campaign keeps: completed, refused, opted out or asked for a call-back. */
    COMPLETED,
    /** Ended without a final answer and another attempt is scheduled. */
    ERRORED_AND_RETRIED,
    /** Ended without a final answer and no attempt will follow (cap reached, outcome not retried, no time left). */
    FAILED;

    /** Queued or in progress: the attempt has not ended. */
    public boolean isOpen() {
        return this == QUEUED || this == IN_PROGRESS;
    }
}
