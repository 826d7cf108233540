package fi.kuuleva.admin.optout;

/**
 * Where a do-not-call entry came from: the caller's own request in a call or in reply to a text, an officer, or an
 * imported list.
 */
public enum DoNotCallSource {
    CALL, OFFICER, IMPORT,
    /** A stop-word reply to a campaign text (EI, NEJ, STOP). */
    TEXT
}
