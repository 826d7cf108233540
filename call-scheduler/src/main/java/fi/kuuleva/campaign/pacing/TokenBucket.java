package fi.kuuleva.campaign.pacing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token bucket in its GCRA form: immutable, and exact to the nanosecond. {@code theoreticalArrival} is when the
 * bucket would be empty at the sustained rate; a start conforms when it comes no more than {@code burst - 1}
 * intervals before that. In any one-second span at most {@code rate + burst - 1} starts conform.
 */
public record TokenBucket(Duration interval, int burst, Instant theoreticalArrival) {

    public static TokenBucket full(PacerSettings settings, Instant now) {
        return new TokenBucket(settings.interval(), settings.burst(), now);
    }

    public Instant nextAllowed() {
        return theoreticalArrival.minus(interval.multipliedBy(burst - 1L));
    }

    /** The bucket after a start at {@code now}, or empty when the start would be too soon. */
    public Optional<TokenBucket> take(Instant now) {
        if (now.isBefore(nextAllowed())) {
            return Optional.empty();
        }
        Instant from = now.isAfter(theoreticalArrival) ? now : theoreticalArrival;
        return Optional.of(new TokenBucket(interval, burst, from.plus(interval)));
    }

    /** How long until a start would conform; zero if it already does. */
    public Duration waitFrom(Instant now) {
        Duration wait = Duration.between(now, nextAllowed());
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
