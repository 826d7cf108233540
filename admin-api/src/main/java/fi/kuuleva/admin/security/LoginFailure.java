package fi.kuuleva.admin.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The counted login tries of one key ({@code user:NAME} or {@code address:IP}) since the first of the current window:
 * failures, and tries whose password is being checked.
 *
 * @param firstAt when the window began
 */
record LoginFailure(String key, int failures, Instant firstAt) {

    /**
     * How long logins of this key are refused at {@code now}: while {@code max} failures or more fall in the window
     * that began at {@code firstAt}, until that window ends (whole seconds, rounded up); else nothing.
     */
    Optional<Duration> retryAfter(int max, Duration window, Instant now) {
        Instant end = firstAt.plus(window);
        if (failures < max || !now.isBefore(end)) {
            return Optional.empty();
        }
        long millis = Duration.between(now, end).toMillis();
        return Optional.of(Duration.ofSeconds((millis + 999) / 1000));
    }
}
