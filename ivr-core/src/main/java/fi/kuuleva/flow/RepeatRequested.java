package fi.kuuleva.flow;

/** The caller pressed the repeat key at step {@code at}. */
public record RepeatRequested(String at) implements Event {
}
