package fi.kuuleva.flow;

/** The caller asked at step {@code at} to talk to a person now; {@code connected} whether a member of staff answered. */
public record TransferAttempted(String at, boolean connected) implements Event {
}
