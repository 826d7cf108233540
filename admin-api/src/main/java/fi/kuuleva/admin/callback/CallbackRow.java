package fi.kuuleva.admin.callback;

import fi.kuuleva.flow.CallbackTime;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A call-back request as officers list it, handled or not (the phone is null once erased), with the time of day the
 * resident preferred; {@code transferFailed} when it was filed because nobody answered the resident's transfer to a
 * person, {@code callerOnly} when it came from a caller to the survey number who is not a respondent.
 */
@Introspected
@Serdeable
public record CallbackRow(long id, long campaignId, @Nullable String phone, @Nullable String language,
                          Instant requestedAt, @Nullable String atStep, CallbackTime preferredTime,
                          boolean transferFailed, boolean callerOnly,
                          @Nullable Instant handledAt,
                          @Nullable String handledBy, @Nullable String note) {
}
