package fi.kuuleva.admin.dispatch;

/** An attempt that a lost instance left open, and how reconciliation ended it. */
public record Reconciled(OpenAttempt attempt, AttemptEnd end) {
}
