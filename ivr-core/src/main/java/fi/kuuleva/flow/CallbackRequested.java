package fi.kuuleva.flow;

/** The caller asked for a person to call back (at step {@code at}). */
public record CallbackRequested(String at) implements Event {
}
