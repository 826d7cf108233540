package fi.kuuleva.dialler;

/** An attempt that a lost instance left open, and how reconciliation ended it. */
public record Reconciled(OpenAttempt attempt, AttemptEnd end) {
}
