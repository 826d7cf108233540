package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long to wait before calling again after each outcome, and the most attempts a respondent gets. An outcome
 * without a delay is not retried; final outcomes never have one. The cap can never be set above {@link #HARD_CAP}.
 */
public record RetryPolicy(int maxAttempts, Map<AttemptOutcome, Duration> delays) {
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    /** No setting lets a respondent be called more often than this (one real system called someone 96 times). */
    public static final int HARD_CAP = 10;

    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > HARD_CAP) {
            throw new IllegalArgumentException("attempts per respondent must be 1 to " + HARD_CAP);
        }
        for (Map.Entry<AttemptOutcome, Duration> delay : delays.entrySet()) {
            if (delay.getKey().isFinal()) {
                throw new IllegalArgumentException(delay.getKey() + " is final and is never retried");
            }
            if (delay.getValue().isNegative() || delay.getValue().isZero()) {
                throw new IllegalArgumentException("the delay after " + delay.getKey() + " must be positive");
            }
        }
        delays = Map.copyOf(delays);
    }

    /**
     * Five attempts; busy and a call dropped before the survey soon again, no answer and no response later the same
     * day, machine and interrupted calls the next day. Every non-final outcome has a delay, so every respondent ends
     * within the attempt cap and a campaign can complete.
     */
    public static RetryPolicy defaults() {
        Map<AttemptOutcome, Duration> delays = new EnumMap<>(AttemptOutcome.class);
        delays.put(AttemptOutcome.BUSY, Duration.ofMinutes(20));
        delays.put(AttemptOutcome.NO_ANSWER, Duration.ofHours(3));
        delays.put(AttemptOutcome.FAILED, Duration.ofHours(1));
        delays.put(AttemptOutcome.ANSWERED, Duration.ofMinutes(20));
        delays.put(AttemptOutcome.MACHINE, Duration.ofDays(1));
        delays.put(AttemptOutcome.HUNG_UP_MID_SURVEY, Duration.ofDays(1));
        delays.put(AttemptOutcome.NO_RESPONSE, Duration.ofHours(4));
        return new RetryPolicy(DEFAULT_MAX_ATTEMPTS, delays);
    }

    public Optional<Duration> delayAfter(AttemptOutcome outcome) {
        return Optional.ofNullable(delays.get(outcome));
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, delays);
    }

    public RetryPolicy withDelay(AttemptOutcome outcome, Duration delay) {
        Map<AttemptOutcome, Duration> changed = new EnumMap<>(AttemptOutcome.class);
        changed.putAll(delays);
        changed.put(outcome, delay);
        return new RetryPolicy(maxAttempts, changed);
    }
}
