package fi.kuuleva.flow;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What the caller (or the line) did while the session awaited input. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(DigitsEntered.class), @JsonSubTypes.Type(SpeechRecognized.class),
        @JsonSubTypes.Type(RecordingCaptured.class), @JsonSubTypes.Type(InputTimedOut.class),
        @JsonSubTypes.Type(CallerHungUp.class), @JsonSubTypes.Type(MachineDetected.class)})
public sealed interface Resume
        permits DigitsEntered, SpeechRecognized, RecordingCaptured, InputTimedOut, CallerHungUp, MachineDetected {
}
