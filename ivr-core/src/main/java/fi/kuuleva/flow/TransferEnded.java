package fi.kuuleva.flow;

/** The transfer to a member of staff ended: {@code connected} when one answered (the call then ends with theirs). */
public record TransferEnded(boolean connected) implements Resume {
}
