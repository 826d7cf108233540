package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The retry delays an officer set for a campaign, laid over {@link RetryPolicy#defaults()}: what validation checks,
 * the campaign row stores and the dialler's {@link RetryPolicy} is made of. Officers name every outcome that is
 * retried: {@code BUSY}, {@code NO_ANSWER}, {@code MACHINE}, {@code FAILED}, {@code INTERRUPTED} (hung up in the
 * middle of the survey), {@code DROPPED} (answered, then lost before the survey began, e.g. an Asterisk restart) and
 * {@code NO_RESPONSE} (answered, but no answer to the language or consent step).
 */
public record RetryRules(Map<AttemptOutcome, Duration> delays) {
    /** No delay may be longer: a retry a month later belongs to another campaign. */
    public static final Duration LONGEST_DELAY = Duration.ofDays(30);
    private static final Map<String, AttemptOutcome> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("BUSY", AttemptOutcome.BUSY);
        KEYS.put("NO_ANSWER", AttemptOutcome.NO_ANSWER);
        KEYS.put("MACHINE", AttemptOutcome.MACHINE);
        KEYS.put("FAILED", AttemptOutcome.FAILED);
        KEYS.put("INTERRUPTED", AttemptOutcome.HUNG_UP_MID_SURVEY);
        KEYS.put("DROPPED", AttemptOutcome.ANSWERED);
        KEYS.put("NO_RESPONSE", AttemptOutcome.NO_RESPONSE);
    }

    public RetryRules {
        delays = Map.copyOf(delays);
    }

    /** No delays of the campaign's own: the defaults apply. */
    public static RetryRules none() {
        return new RetryRules(Map.of());
    }

    /** The dialler's policy: the defaults, these delays over them, at most {@code maxAttempts} (capped). */
    public RetryPolicy policy(int maxAttempts) {
        RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(Math.min(maxAttempts, RetryPolicy.HARD_CAP));
        for (Map.Entry<AttemptOutcome, Duration> delay : new TreeMap<>(delays).entrySet()) {
            policy = policy.withDelay(delay.getKey(), delay.getValue());
        }
        return policy;
    }

    /** The delays by their officers' names, in the order {@link #names()} lists them. */
    public Map<String, Duration> byKey() {
        Map<String, Duration> named = new LinkedHashMap<>();
        KEYS.forEach((key, outcome) -> {
            if (delays.containsKey(outcome)) {
                named.put(key, delays.get(outcome));
            }
        });
        return named;
    }

    /** The outcome an officer's name stands for; empty for outcomes without a settable delay. */
    public static Optional<AttemptOutcome> outcome(String key) {
        return Optional.ofNullable(KEYS.get(key));
    }

    public static String names() {
        return String.join(", ", KEYS.keySet());
    }

    /**
     * A delay written as an ISO-8601 duration, more than zero and at most {@link #LONGEST_DELAY}.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code text}
     */
    public static Duration delay(String text) {
        Duration delay;
        try {
            delay = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 duration: '" + text + "'");
        }
        if (delay.isNegative() || delay.isZero() || delay.compareTo(LONGEST_DELAY) > 0) {
            throw new IllegalArgumentException("must be more than zero and at most " + LONGEST_DELAY.toDays()
                    + " days");
        }
        return delay;
    }
}
