package fi.kuuleva.campaign.pacing;

/** Which limit held a call back. */
public enum WaitReason {
    ALL_LINES_BUSY,
    START_RATE
}
