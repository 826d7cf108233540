package fi.kuuleva.dialler;

import fi.kuuleva.campaign.attempts.AttemptStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Decides how an attempt left open by a lost instance ends. Pure: no I/O, the time comes in as {@code now}.
 * The dispatcher may pass call-scheduler's retry decision instead of {@link #retryAfter}.
 */
@FunctionalInterface
public interface OrphanDecision {

    /** Outcomes of the survey engine that are the respondent's final answer to the campaign. */
    Set<String> FINAL_SURVEY_OUTCOMES = Set.of("COMPLETED", "REFUSED", "OPTED_OUT", "CALLBACK_REQUESTED");

    AttemptEnd decide(OpenAttempt attempt, Instant now);

    /**
     * A lost attempt whose survey had already reached a final outcome is completed with it; any other is errored and
     * retried after {@code delay}, or failed when the respondent has used up the campaign's attempts.
     */
    static OrphanDecision retryAfter(Duration delay) {
        return (attempt, now) -> {
            String survey = attempt.surveyOutcome();
            if (survey != null && FINAL_SURVEY_OUTCOMES.contains(survey)) {
                return AttemptEnd.completed(survey, now);
            }
            if (attempt.respondentAttempts() >= attempt.maxAttempts()) {
                return AttemptEnd.failed("FAILED", now, "lost with its instance; attempt cap reached");
            }
            return new AttemptEnd(AttemptStatus.ERRORED_AND_RETRIED, "FAILED", "lost with its instance", null, now,
                    now.plus(delay));
        };
    }
}
