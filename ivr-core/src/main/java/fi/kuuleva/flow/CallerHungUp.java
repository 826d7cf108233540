package fi.kuuleva.flow;

/** The caller hung up. */
public record CallerHungUp() implements Resume {
}
