package fi.kuuleva.campaign.attempts;

/** What the telephony edge reports about placing a call, before any survey runs. */
public enum DialResult {
    ANSWERED,
    BUSY,
    NO_ANSWER,
    FAILED
}
