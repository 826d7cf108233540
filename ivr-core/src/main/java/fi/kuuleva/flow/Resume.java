package fi.kuuleva.flow;

/** What the caller (or the line) did while the session awaited input. */
public sealed interface Resume
        permits DigitsEntered, SpeechRecognized, RecordingCaptured, InputTimedOut, CallerHungUp, MachineDetected,
        TransferEnded {
}
