package fi.kuuleva.admin.callback;

import fi.kuuleva.flow.CallbackTime;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A call-back request not handled yet, with what an officer needs to call and when the resident would like it. */
@Introspected
public record OpenCallback(long id, long campaignId, long respondentId, @Nullable String phoneE164,
                           @Nullable String language,
                           @Nullable String municipality, Instant requestedAt, @Nullable String atStep,
                           CallbackTime preferredTime) {
}
