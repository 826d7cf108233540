package fi.kuuleva.admin.optout;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An officer's addition to the do-not-call list. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record DoNotCallBody(@Nullable String phone, @Nullable String reason) {
}
