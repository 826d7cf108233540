package fi.kuuleva.admin.optout;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An officer's removal of a number from the do-not-call list, e.g. after a resident's accidental 9: why is required. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record DoNotCallRemoval(@Nullable String phone, @Nullable String reason) {
}
