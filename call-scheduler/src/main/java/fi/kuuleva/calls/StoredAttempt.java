package fi.kuuleva.calls;

import fi.kuuleva.campaign.attempts.AttemptStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One call attempt as stored: the dialler claims, starts and ends it (fi.kuuleva.dialler.DispatchStore), the call
 * marks it answered and notes its survey. {@code durationSeconds} is computed by the database from {@code answeredAt}
 * and {@code endedAt}.
 *
 * @param language      the code (fi, sv, en) of the language the call was held in
 * @param outcome       how the attempt ended (call-scheduler's AttemptOutcome name), set when it ends
 * @param surveyOutcome how the survey session ended (fi.kuuleva.flow.Outcome name), set by the call
 */
@MappedEntity("call_attempts")
public record StoredAttempt(@Id @GeneratedValue @Nullable Long id, long respondentId, long campaignId, int attemptNo,
                            AttemptStatus state, String instanceId, @Nullable String outcome, @Nullable String reason,
                            @Nullable String hangupCause, @Nullable String surveyOutcome, @Nullable String lastStep,
                            @Nullable Boolean consent,
                            @Nullable String language,
                            @Nullable String asteriskServer, Instant queuedAt, @Nullable Instant startedAt,
                            @Nullable Instant answeredAt, @Nullable Instant endedAt,
                            @GeneratedValue @Nullable Integer durationSeconds) {
}
