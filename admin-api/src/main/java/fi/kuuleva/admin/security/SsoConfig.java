package fi.kuuleva.admin.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Map;

/**
 * How a county's single sign-on (OpenID Connect) maps to Kuuleva's roles.
 *
 * @param rolesClaim the ID token claim listing the user's groups or roles
 * @param roles      the county's group or role name to a Kuuleva role, e.g. {@code kuuleva-officers: OFFICER}; a
 *                   value that is already a Kuuleva role name maps to itself
 */
@ConfigurationProperties("kuuleva.security.sso")
public record SsoConfig(@Bindable(defaultValue = "groups") String rolesClaim, Map<String, String> roles) {

    public SsoConfig {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
    }
}
