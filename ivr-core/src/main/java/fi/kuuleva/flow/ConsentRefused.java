package fi.kuuleva.flow;

/** The caller said they do not want to answer: recorded as a refusal. */
public record ConsentRefused() implements Event {
}
