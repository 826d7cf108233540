package fi.kuuleva.campaign.attempts;

/** Why a respondent will not be called again. */
public enum FinalReason {
    /** Completed, refused, opted out or asked for a person to call back. */
    FINAL_OUTCOME,
    ATTEMPT_CAP_REACHED,
    /** The retry policy has no delay for this outcome. */
    OUTCOME_NOT_RETRIED,
    /** The campaign has no calling window left after the retry delay. */
    NO_CALLING_TIME_LEFT
}
