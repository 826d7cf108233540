package fi.kuuleva.flow;

/** An answer was given; emitted at once so that a later hang-up loses nothing. */
public record AnswerRecorded(Answer answer) implements Event {
}
