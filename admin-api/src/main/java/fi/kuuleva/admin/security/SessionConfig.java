package fi.kuuleva.admin.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * @param sessionLength how long a login lasts
 * @param secureCookie  mark the session cookie Secure (set it when the service is reached over HTTPS)
 */
@ConfigurationProperties("kuuleva.security")
public record SessionConfig(@Bindable(defaultValue = "8h") Duration sessionLength,
                            @Bindable(defaultValue = "false") boolean secureCookie) {

    public static final String COOKIE = "KUULEVA_SESSION";
}
