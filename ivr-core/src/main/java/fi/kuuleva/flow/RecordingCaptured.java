package fi.kuuleva.flow;

/** A spoken open answer was recorded as {@code recording}; {@code transcript} is null when no model could make one. */
public record RecordingCaptured(String recording, double seconds, String transcript) implements Resume {
}
