package fi.kuuleva.admin.optout;

/** Where a do-not-call entry came from: the caller's own request in a call, an officer, or an imported list. */
public enum DoNotCallSource {
    CALL, OFFICER, IMPORT
}
