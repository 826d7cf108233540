package fi.kuuleva.admin.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a text that did not reach the resident is tried again: after {@code delay}, while fewer than
 * {@code maxTries} submits were made. Pure.
 */
public record TextRetry(int maxTries, Duration delay) {

    /** When to queue it again after {@code tries} submits ended at {@code now}; empty when the tries are used up. */
    public Optional<Instant> next(int tries, Instant now) {
        return tries < maxTries ? Optional.of(now.plus(delay)) : Optional.empty();
    }
}
