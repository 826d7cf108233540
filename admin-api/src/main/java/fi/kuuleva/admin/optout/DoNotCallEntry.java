package fi.kuuleva.admin.optout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A number that must not be called in any campaign. */
@MappedEntity("do_not_call")
public record DoNotCallEntry(@Id String phoneE164, @Nullable String reason, Instant addedAt, DoNotCallSource source) {
}
