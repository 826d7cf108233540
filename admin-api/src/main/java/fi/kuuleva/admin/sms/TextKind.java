package fi.kuuleva.admin.sms;

/** The two texts a campaign sends: before the first call, and after calls that did not reach the resident. */
public enum TextKind {
    PRE_NOTICE, FOLLOW_UP
}
