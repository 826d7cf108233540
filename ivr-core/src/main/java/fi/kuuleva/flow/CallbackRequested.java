package fi.kuuleva.flow;

/** The caller asked for a person to call back (at step {@code at}), {@code preferred} in the morning or afternoon. */
public record CallbackRequested(String at, CallbackTime preferred) implements Event {
}
