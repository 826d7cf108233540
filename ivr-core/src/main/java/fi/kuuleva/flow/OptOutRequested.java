package fi.kuuleva.flow;

/** The caller asked never to be called again (at step {@code at}): the number goes on the do-not-call list. */
public record OptOutRequested(String at) implements Event {
}
