package fi.kuuleva.campaign.pacing;

import java.time.Instant;
import java.util.Optional;

/**
 * Pacing for one Asterisk server: whether a call may start now, given how many of its lines are in use and its
 * start-rate bucket. Pure: the caller keeps both (the dialler keeps them in PostgreSQL, shared by every instance).
 */
public final class Pacer {

    private Pacer() {
    }

    /**
     * Go with the bucket after this start, or how to wait; a line is checked first, so waiting for one costs no
     * token.
     */
    public static Pace decide(int linesInUse, TokenBucket bucket, PacerSettings settings, Instant now) {
        if (linesInUse >= settings.maxConcurrentCalls()) {
            return new Wait(WaitReason.ALL_LINES_BUSY, Optional.empty());
        }
        Optional<TokenBucket> taken = bucket.take(now);
        if (taken.isEmpty()) {
            return new Wait(WaitReason.START_RATE, Optional.of(bucket.waitFrom(now)));
        }
        return new Go(taken.get());
    }
}
