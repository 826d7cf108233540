package fi.kuuleva.campaign.pacing;

import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Pacing for one Asterisk server: at most {@code maxConcurrentCalls} calls up and the start rate of its token
 * bucket, with time from the injected clock. Thread-safe (every method is synchronized and none blocks or waits).
 */
public final class Pacer {
    private final String server;
    private final PacerSettings settings;
    private final Clock clock;
    private final Set<CallSlot> open = new HashSet<>();
    private TokenBucket bucket;
    private long lastSlotId;

    public Pacer(String server, PacerSettings settings, Clock clock) {
        this.server = server;
        this.settings = settings;
        this.clock = clock;
        this.bucket = TokenBucket.full(settings, clock.instant());
    }

    /** A slot to start a call now, or how to wait; a line is checked first, so waiting for one costs no token. */
    public synchronized Pace tryStart() {
        if (open.size() >= settings.maxConcurrentCalls()) {
            return new Wait(WaitReason.ALL_LINES_BUSY, Optional.empty());
        }
        var now = clock.instant();
        Optional<TokenBucket> taken = bucket.take(now);
        if (taken.isEmpty()) {
            return new Wait(WaitReason.START_RATE, Optional.of(bucket.waitFrom(now)));
        }
        bucket = taken.get();
        CallSlot slot = new CallSlot(server, ++lastSlotId);
        open.add(slot);
        return new Go(slot);
    }

    /**
     * A slot for a call that arrives rather than starts (an inbound call): a free line is enough, the start rate is
     * not spent; empty when every line is busy.
     */
    public synchronized Optional<CallSlot> tryHold() {
        if (open.size() >= settings.maxConcurrentCalls()) {
            return Optional.empty();
        }
        CallSlot slot = new CallSlot(server, ++lastSlotId);
        open.add(slot);
        return Optional.of(slot);
    }

    /** The call on this slot ended (or never started); releasing twice, or a slot of another pacer, does nothing. */
    public synchronized void release(CallSlot slot) {
        open.remove(slot);
    }

    public synchronized int inFlight() {
        return open.size();
    }
}
