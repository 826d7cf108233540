package fi.kuuleva.flow;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The session is over; {@code lastStep} is where it stopped (a question id, or null before any question). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyEnded(Outcome outcome, String lastStep) implements Event {
}
