package fi.kuuleva.flow;

/** Nothing was pressed or said within the timeout. */
public record InputTimedOut() implements Resume {
}
