package fi.kuuleva.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * Who did what to which subject, when: officers' changes and personal-data access (GDPR).
 *
 * @param subject e.g. {@code campaign/12}
 * @param details JSON
 */
@MappedEntity("audit_log")
public record AuditEntry(@Id @GeneratedValue @Nullable Long id, Instant at, String actor, String action,
                         @Nullable String subject, @TypeDef(type = DataType.JSON) String details) {
}
