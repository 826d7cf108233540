package fi.kuuleva.admin.callback;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A call-back request as officers list it, handled or not (the phone is null once erased). */
@Introspected
@Serdeable
public record CallbackRow(long id, long campaignId, @Nullable String phone, @Nullable String language,
                          Instant requestedAt, @Nullable String atStep, @Nullable Instant handledAt,
                          @Nullable String handledBy, @Nullable String note) {
}
