package fi.kuuleva.admin.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;

/**
 * Refuses a token whose session has ended ({@link Sessions#live}): the user was disabled, removed, logged out, had
 * their password changed or lost a role the token names. Checked on every request, so a change takes effect at once.
 */
@Singleton
class ActiveUsers<T> implements GenericJwtClaimsValidator<T> {

    private final Sessions sessions;
    private final String rolesClaim;

    ActiveUsers(Sessions sessions, TokenConfiguration tokens) {
        this.sessions = sessions;
        this.rolesClaim = tokens.getRolesName();
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        if (!(claims.get(Claims.SUBJECT) instanceof String username)) {
            return false;
        }
        return sessions.live(username, claims.get(Sessions.LOCAL), claims.get(Sessions.GENERATION),
                roles(claims.get(rolesClaim)));
    }

    private static Collection<?> roles(Object claim) {
        return claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
    }
}
