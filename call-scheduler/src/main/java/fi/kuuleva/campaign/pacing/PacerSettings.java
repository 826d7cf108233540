package fi.kuuleva.campaign.pacing;

import java.time.Duration;

/**
 * Limits for one Asterisk server: calls up at once, call starts per second, and how many starts may go out
 * back to back ({@code burst}; 1 spaces every start evenly, so no second ever sees more than the rate).
 */
public record PacerSettings(int maxConcurrentCalls, double maxCallStartsPerSecond, int burst) {
    public PacerSettings {
        if (maxConcurrentCalls < 1 || burst < 1) {
            throw new IllegalArgumentException("at least one concurrent call and a burst of at least one");
        }
        if (!(maxCallStartsPerSecond > 0) || maxCallStartsPerSecond > 1_000) {
            throw new IllegalArgumentException("call starts per second must be above 0 and at most 1000");
        }
    }

    public PacerSettings(int maxConcurrentCalls, double maxCallStartsPerSecond) {
        this(maxConcurrentCalls, maxCallStartsPerSecond, 1);
    }

    /** The time one start uses up, rounded up to the nanosecond so that the rate is never exceeded. */
    public Duration interval() {
        return Duration.ofNanos((long) Math.ceil(1_000_000_000d / maxCallStartsPerSecond));
    }
}
