package fi.kuuleva.calls;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.flow.Outcome;
import java.util.Objects;

/** How the survey of a live call ended, handed from the call side to the dialler once the journal has stored it. */
public record SurveyOutcome(AttemptKey attempt, Outcome outcome) {

    public SurveyOutcome {
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(outcome, "outcome");
    }
}
