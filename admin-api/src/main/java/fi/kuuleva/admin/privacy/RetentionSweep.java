package fi.kuuleva.admin.privacy;

/** What one retention run removed: recording files deleted and phone numbers erased. */
public record RetentionSweep(int recordings, int phoneNumbers) {
}
