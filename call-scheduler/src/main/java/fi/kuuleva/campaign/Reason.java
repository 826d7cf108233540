package fi.kuuleva.campaign;

/** Why a call or a campaign state change was rejected; stable names, safe to store and to count. */
public enum Reason {
    CAMPAIGN_NOT_RUNNING,
    OUTSIDE_CAMPAIGN_DATES,
    OUTSIDE_CALLING_WINDOW,
    HOLIDAY,
    ATTEMPT_CAP_REACHED,
    DO_NOT_CALL,
    RESPONDENT_FINISHED,
    CALL_IN_FLIGHT,
    NOT_DUE_YET,
    ILLEGAL_TRANSITION,
    NOT_READY_TO_START
}
