package fi.kuuleva.flow;

/** The question got no usable answer in the allowed tries; the survey went on without it. */
public record QuestionUnanswered(String questionId, InputNotAccepted.Reason lastReason) implements Event {
}
