package fi.kuuleva.campaign.pacing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which ready respondents get the free lines: higher-priority campaigns first, always; within one priority, the
 * campaign with the fewest calls in flight, and among equals the one that started a call least recently (never
 * first), so that campaigns of equal priority share the lines evenly. Pure.
 */
public final class DispatchOrder {
    private DispatchOrder() {
    }

    public static <T> List<T> pick(List<CampaignQueue<T>> queues, int freeLines) {
        List<Turn<T>> turns = new ArrayList<>();
        for (CampaignQueue<T> queue : queues) {
            turns.add(new Turn<>(queue));
        }
        Comparator<Turn<T>> next = Comparator.<Turn<T>>comparingInt(t -> -t.queue.priority())
                .thenComparingInt(t -> t.load)
                .thenComparing(t -> t.lastStarted)
                .thenComparing(t -> t.queue.campaign().value());
        Instant latest = turns.stream().map(t -> t.lastStarted).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        List<T> picked = new ArrayList<>();
        while (picked.size() < freeLines) {
            Turn<T> turn = turns.stream().filter(Turn::hasMore).min(next).orElse(null);
            if (turn == null) {
                break;
            }
            picked.add(turn.queue.ready().get(turn.taken++));
            turn.load++;
            latest = latest.plusNanos(1);
            turn.lastStarted = latest;
        }
        return picked;
    }

    private static final class Turn<T> {
        final CampaignQueue<T> queue;
        int load;
        int taken;
        Instant lastStarted;

        Turn(CampaignQueue<T> queue) {
            this.queue = queue;
            this.load = queue.inFlight();
            this.lastStarted = queue.lastStartedAt().orElse(Instant.MIN);
        }

        boolean hasMore() {
            return taken < queue.ready().size();
        }
    }
}
