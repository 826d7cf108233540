package fi.kuuleva.flow.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fi.kuuleva.flow.CallerHungUp;
import fi.kuuleva.flow.DigitsEntered;
import fi.kuuleva.flow.InputTimedOut;
import fi.kuuleva.flow.MachineDetected;
import fi.kuuleva.flow.RecordingCaptured;
import fi.kuuleva.flow.SpeechRecognized;
import fi.kuuleva.flow.TransferEnded;

/** Jackson mix-in for {@code Resume}: each input is written with its record's simple name as {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(DigitsEntered.class), @JsonSubTypes.Type(SpeechRecognized.class),
        @JsonSubTypes.Type(RecordingCaptured.class), @JsonSubTypes.Type(InputTimedOut.class),
        @JsonSubTypes.Type(CallerHungUp.class), @JsonSubTypes.Type(MachineDetected.class),
        @JsonSubTypes.Type(TransferEnded.class)})
interface ResumeJson {
}
