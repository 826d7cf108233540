package fi.kuuleva.flow;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A spoken open answer was recorded as {@code recording}; {@code transcript} is null when no model could make one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordingCaptured(String recording, double seconds, String transcript) implements Resume {
}
