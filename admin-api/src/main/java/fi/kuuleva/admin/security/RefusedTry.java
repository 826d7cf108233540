package fi.kuuleva.admin.security;

import java.time.Duration;

/** A login refused without checking the password: a key is at its limit until {@code retryAfter} has passed. */
record RefusedTry(Duration retryAfter) implements LoginTry {
}
