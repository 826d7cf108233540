package fi.kuuleva.admin.sms;

/**
 * Where one text message stands. QUEUED, then SENDING (claimed and committed before the submit, so a restart never
 * sends it again), then SUBMITTED with the SMSC's id, then DELIVERED or UNDELIVERED by its receipt. FAILED: the SMSC
 * refused it or could not be reached. UNDELIVERED and FAILED are queued again while tries are left. UNCERTAIN: left
 * SENDING by a stopped instance; it may have gone, so it is never sent again. CANCELLED: no longer to be sent.
 */
public enum TextState {
    QUEUED, SENDING, SUBMITTED, DELIVERED, UNDELIVERED, FAILED, UNCERTAIN, CANCELLED;

    /** An officer should look at it: it did not reach the resident, or may not have. */
    public boolean needsAttention() {
        return this == UNDELIVERED || this == FAILED || this == UNCERTAIN;
    }
}
