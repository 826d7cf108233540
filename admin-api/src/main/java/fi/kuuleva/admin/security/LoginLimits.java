package fi.kuuleva.admin.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How many failed logins a user name and a client address may have in one window before logins are refused (429)
 * until the window ends ({@code kuuleva.security.login-limits}).
 *
 * @param perUser    failures per user name (known or not) per window
 * @param perAddress failures per client address per window (several officers may share one office address)
 * @param window     how long failures are counted from the first one
 */
@ConfigurationProperties("kuuleva.security.login-limits")
public record LoginLimits(@Bindable(defaultValue = "5") int perUser,
                          @Bindable(defaultValue = "30") int perAddress,
                          @Bindable(defaultValue = "15m") Duration window) {
}
