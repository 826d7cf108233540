package fi.kuuleva.admin.optout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An officer's addition to the do-not-call list. */
@Serdeable
public record DoNotCallBody(@Nullable String phone, @Nullable String reason) {
}
