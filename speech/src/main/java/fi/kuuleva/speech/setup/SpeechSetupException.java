package fi.kuuleva.speech.setup;

/**
 * Speech is configured in a way that cannot work: an engine is not installed, a voice or model does not exist, or an
 * engine cannot speak a language. The message names the fix. Thrown at startup or validation, never as a fallback.
 */
public class SpeechSetupException extends RuntimeException {

    public SpeechSetupException(String message) {
        super(message);
    }

    public SpeechSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
