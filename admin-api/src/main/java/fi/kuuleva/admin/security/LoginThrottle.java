package fi.kuuleva.admin.security;

import fi.kuuleva.admin.security.LoginFailures.KeyLimit;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Limits guessing: {@link LoginLimits} tries per user name and per client address in a window, kept in PostgreSQL
 * (shared by every instance, kept across restarts). A login claims its try atomically before its password is checked,
 * so requests sent in parallel never get more checks than the limit; the try stays counted as a failure unless the
 * login succeeds. A user name is counted whether or not such a user exists, so a refusal tells nothing about which
 * names are real. A successful login clears its user name's count and gives back its address's try. Thread-safe.
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

    /** A try for a login of {@code username} from {@code address}, or how long it must wait (nothing counted then). */
    LoginTry claim(String username, String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(limits.window());
        failures.forgetBefore(windowStart);
        List<KeyLimit> keys = keys(username, address);
        return failures.claim(keys, now, windowStart).<LoginTry>map(ClaimedTry::new)
                .orElseGet(() -> new RefusedTry(retryAfter(keys, now)));
    }

    /** The login that claimed {@code claim} succeeded. */
    void succeeded(ClaimedTry claim) {
        for (LoginFailure key : claim.claimed()) {
            if (key.key().startsWith("user:")) {
                failures.delete(key.key());
            } else {
                failures.giveBack(key);
            }
        }
    }

    /**
     * How long until the key at its limit frees a try; at least a second, as a key can be at its limit only within its
     * window (a window that ended between the claim and this read frees the key at once, a retry then succeeds).
     */
    private Duration retryAfter(List<KeyLimit> keys, Instant now) {
        return failures.find(keys.stream().map(KeyLimit::key).toList()).stream()
                .flatMap(failure -> failure.retryAfter(limit(keys, failure.key()), limits.window(), now).stream())
                .max(Comparator.naturalOrder())
                .orElse(Duration.ofSeconds(1));
    }

    private static int limit(List<KeyLimit> keys, String key) {
        return keys.stream().filter(k -> k.key().equals(key)).mapToInt(KeyLimit::max).findFirst().orElseThrow();
    }

    /** The keys in one order (address before user name), so that concurrent claims lock their rows alike. */
    private List<KeyLimit> keys(String username, String address) {
        List<KeyLimit> keys = new ArrayList<>(List.of(new KeyLimit("address:" + address, limits.perAddress())));
        if (Users.validName(username)) {
            keys.add(new KeyLimit("user:" + username, limits.perUser()));
        }
        return keys;
    }
}
