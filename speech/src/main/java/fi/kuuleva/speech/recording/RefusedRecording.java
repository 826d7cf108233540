package fi.kuuleva.speech.recording;

/** An uploaded prompt recording that cannot be played to residents; the message says why and what to do. */
public final class RefusedRecording extends Exception {

    public RefusedRecording(String reason) {
        super(reason);
    }
}
