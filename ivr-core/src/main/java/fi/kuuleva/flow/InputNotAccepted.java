package fi.kuuleva.flow;

/**
 * The caller's input at step {@code at} (a question id, {@code language} or {@code consent}) did not answer it; the
 * step is asked again. {@code input} is the keys or words, null on silence.
 */
public record InputNotAccepted(String at, String input, Reason reason) implements Event {

    public enum Reason { SILENCE, WRONG_KEY, OUT_OF_RANGE, NOT_UNDERSTOOD, NOT_CONFIRMED }
}
