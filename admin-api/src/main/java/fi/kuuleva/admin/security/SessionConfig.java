package fi.kuuleva.admin.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * @param sessionLength how long a login lasts
 * @param secureCookie  mark the session cookie Secure (set it when the service is reached over HTTPS)
 * @param publicOrigins the origins the web UI is reached at, e.g. {@code https://kuuleva.example.fi}, when a reverse
 *                      proxy changes the {@code Host} header; the request's own host is always accepted
 */
@ConfigurationProperties("kuuleva.security")
public record SessionConfig(@Bindable(defaultValue = "8h") Duration sessionLength,
                            @Bindable(defaultValue = "false") boolean secureCookie,
                            @Nullable List<String> publicOrigins) {

    public static final String COOKIE = "KUULEVA_SESSION";

    public SessionConfig {
        publicOrigins = publicOrigins == null ? List.of()
                : publicOrigins.stream().filter(origin -> !origin.isBlank()).toList();
    }
}
