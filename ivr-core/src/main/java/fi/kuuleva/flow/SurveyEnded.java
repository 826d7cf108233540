package fi.kuuleva.flow;

/** The session is over; {@code lastStep} is where it stopped (a question id, or null before any question). */
public record SurveyEnded(Outcome outcome, String lastStep) implements Event {
}
