package fi.kuuleva.admin.security;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;

/**
 * A local user: the password only as a bcrypt hash.
 *
 * @param sessionGeneration the value every live token of this user carries; a new one ends all of them
 */
@MappedEntity("users")
public record UserAccount(@Id String username, String passwordHash, @TypeDef(type = DataType.STRING_ARRAY) List<String> roles,
                          boolean disabled, Instant createdAt, Instant updatedAt, long sessionGeneration) {
}
