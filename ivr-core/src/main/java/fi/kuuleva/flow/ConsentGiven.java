package fi.kuuleva.flow;

/** The caller agreed to answer. */
public record ConsentGiven() implements Event {
}
