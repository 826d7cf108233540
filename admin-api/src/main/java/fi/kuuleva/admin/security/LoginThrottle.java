package fi.kuuleva.admin.security;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Limits guessing: {@link LoginLimits} failures per user name and per client address in a window, kept in PostgreSQL
 * (shared by every instance, kept across restarts). A user name is counted whether or not such a user exists, so a
 * refusal tells nothing about which names are real. A successful login clears its user name's count. Thread-safe.
 */
@Singleton
class LoginThrottle {

    private final LoginFailures failures;
    private final LoginLimits limits;
    private final Clock clock;

    LoginThrottle(LoginFailures failures, LoginLimits limits, Clock clock) {
        this.failures = failures;
        this.limits = limits;
        this.clock = clock;
    }

    /** How long a login for {@code username} from {@code address} must wait, if it must. */
    Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        return failures.findByKeyIn(keys(username, address)).stream()
                .flatMap(failure -> failure.retryAfter(failure.key().startsWith("user:") ? limits.perUser()
                        : limits.perAddress(), limits.window(), now).stream())
                .max(Comparator.naturalOrder());
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(limits.window());
        failures.forgetBefore(windowStart);
        for (String key : keys(username, address)) {
            failures.countFailure(key, now, windowStart);
        }
    }

    void succeeded(String username) {
        failures.deleteByKey(userKey(username));
    }

    private static List<String> keys(String username, String address) {
        List<String> keys = new ArrayList<>(List.of("address:" + address));
        if (Users.validName(username)) {
            keys.add(userKey(username));
        }
        return keys;
    }

    private static String userKey(String username) {
        return "user:" + username;
    }
}
