package fi.kuuleva.admin.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Refuses a local user's token once the user is disabled or removed or no longer holds a role the token names, so
 * that an admin's change takes effect at once rather than when the session runs out. Tokens of single sign-on users
 * (no local user of that name) are left to their identity provider.
 */
@Singleton
class ActiveUsers<T> implements GenericJwtClaimsValidator<T> {

    /** The claim that marks a token made by a local login. */
    static final String LOCAL = "kuulevaLocal";

    private final UserRepository users;
    private final String rolesClaim;

    ActiveUsers(UserRepository users, TokenConfiguration tokens) {
        this.users = users;
        this.rolesClaim = tokens.getRolesName();
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        if (!(claims.get(Claims.SUBJECT) instanceof String username)) {
            return false;
        }
        Optional<UserAccount> user = users.findById(username);
        if (user.isEmpty()) {
            return !"true".equals(String.valueOf(claims.get(LOCAL)));
        }
        return !user.get().disabled() && user.get().roles().containsAll(roles(claims.get(rolesClaim)));
    }

    private static Collection<?> roles(Object claim) {
        return claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
    }
}
