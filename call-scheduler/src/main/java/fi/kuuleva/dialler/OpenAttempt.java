package fi.kuuleva.dialler;

import fi.kuuleva.campaign.attempts.AttemptStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * An attempt that has not ended, with what deciding its end needs.
 *
 * @param respondentAttempts the respondent's attempt count, this attempt included
 * @param surveyOutcome      the survey engine's outcome if the call reached the end of a session
 */
@Introspected
public record OpenAttempt(long attemptId, long respondentId, long campaignId, int attemptNo, AttemptStatus state,
                          String instanceId, Instant queuedAt, @Nullable Instant answeredAt,
                          @Nullable String surveyOutcome, int respondentAttempts, int maxAttempts) {
}
