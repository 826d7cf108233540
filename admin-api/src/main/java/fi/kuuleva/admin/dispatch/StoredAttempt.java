package fi.kuuleva.admin.dispatch;

import fi.kuuleva.admin.respondent.LanguageCodeConverter;
import fi.kuuleva.survey.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * One call attempt as stored. Created only by {@link DispatchStore#claimDue}; {@code durationSeconds} is computed by
 * the database from {@code answeredAt} and {@code endedAt}.
 *
 * @param outcome       how the attempt ended (call-scheduler's AttemptOutcome name), set when it ends
 * @param surveyOutcome how the survey session ended (fi.kuuleva.flow.Outcome name), set by the call
 */
@MappedEntity("call_attempts")
public record StoredAttempt(@Id @GeneratedValue @Nullable Long id, long respondentId, long campaignId, int attemptNo,
                            AttemptState state, String instanceId, @Nullable String outcome, @Nullable String reason,
                            @Nullable String hangupCause, @Nullable String surveyOutcome, @Nullable String lastStep,
                            @Nullable Boolean consent,
                            @Nullable @TypeDef(type = DataType.STRING, converter = LanguageCodeConverter.class)
                            Language language,
                            @Nullable String asteriskServer, Instant queuedAt, @Nullable Instant startedAt,
                            @Nullable Instant answeredAt, @Nullable Instant endedAt,
                            @GeneratedValue @Nullable Integer durationSeconds) {
}
