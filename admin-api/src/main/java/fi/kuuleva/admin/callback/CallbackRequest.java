package fi.kuuleva.admin.callback;

import fi.kuuleva.flow.CallbackTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A resident asked a person to call back, at a preferred time of day; an officer handles it. A caller to the survey
 * number who is not a respondent due in it has no respondent, only their number.
 */
@MappedEntity("callback_requests")
public record CallbackRequest(@Id @GeneratedValue @Nullable Long id, @Nullable Long respondentId, long campaignId,
                              @Nullable Long attemptId, @Nullable String atStep, CallbackTime preferredTime,
                              Instant requestedAt,
                              @Nullable Instant handledAt, @Nullable String handledBy, @Nullable String note) {
}
