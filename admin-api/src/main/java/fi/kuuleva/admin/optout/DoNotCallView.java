package fi.kuuleva.admin.optout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A do-not-call entry as officers see it. */
@Serdeable
public record DoNotCallView(String phone, @Nullable String reason, Instant addedAt, String source) {

    static DoNotCallView of(DoNotCallEntry entry) {
        return new DoNotCallView(entry.phoneE164(), entry.reason(), entry.addedAt(), entry.source().name());
    }
}
