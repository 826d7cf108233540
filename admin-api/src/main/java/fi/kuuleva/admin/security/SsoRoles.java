package fi.kuuleva.admin.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reactivestreams.Publisher;

/**
 * A single sign-on user's Kuuleva roles, from the ID token's groups claim through {@link SsoConfig}; a user with none
 * of the mapped groups is refused. Only the user name and the roles are kept: no other claim reaches the session.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
class SsoRoles implements OpenIdAuthenticationMapper {

    private final SsoConfig config;

    SsoRoles(SsoConfig config) {
        this.config = config;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String provider, OpenIdTokenResponse tokens,
                                                                          OpenIdClaims claims, State state) {
        List<String> roles = roles(claims.get(config.rolesClaim()));
        if (roles.isEmpty()) {
            return Publishers.just(AuthenticationResponse.failure("no Kuuleva role in the '" + config.rolesClaim()
                    + "' claim"));
        }
        return Publishers.just(AuthenticationResponse.success(username(claims), roles));
    }

    /** The Kuuleva roles that the claim's groups map to (a single string or a list of them). */
    List<String> roles(Object claim) {
        Collection<?> groups = claim instanceof Collection<?> many ? many : claim == null ? List.of() : List.of(claim);
        Set<String> roles = new LinkedHashSet<>();
        for (Object group : groups) {
            String name = String.valueOf(group);
            String role = config.roles().getOrDefault(name, name).toUpperCase(Locale.ROOT);
            if (Roles.ALL.contains(role)) {
                roles.add(role);
            }
        }
        return List.copyOf(roles);
    }

    private static String username(OpenIdClaims claims) {
        if (claims.getPreferredUsername() != null) {
            return claims.getPreferredUsername();
        }
        return claims.getEmail() != null ? claims.getEmail() : claims.getSubject();
    }
}
