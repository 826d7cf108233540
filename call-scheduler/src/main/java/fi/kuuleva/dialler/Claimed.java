package fi.kuuleva.dialler;

/** A respondent claimed with a line: its lease is taken and lives until the attempt ends. */
public record Claimed(ClaimedCall call) implements LineClaim {
}
