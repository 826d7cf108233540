package fi.kuuleva.campaign.pacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.CampaignId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DispatchOrderProperties {

    /** A respondent, tagged with its campaign and priority so the property can check the order. */
    record Ready(String campaign, int priority) {
    }

    @Provide
    Arbitrary<List<CampaignQueue<Ready>>> queues() {
        Arbitrary<CampaignQueue<Ready>> queue = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 40), Arbitraries.strings().alpha().ofLength(6)).as(
                        (priority, ready, id) -> new CampaignQueue<>(new CampaignId(id), priority, 0,
                                Optional.of(Instant.EPOCH), Collections.nCopies(ready, new Ready(id, priority))));
        return queue.list().ofMinSize(1).ofMaxSize(8).uniqueElements(q -> q.campaign());
    }

    /**
     * No respondent of a lower priority is picked while a higher priority has one ready; within a priority,
     * campaigns with calls still ready get shares that differ by at most one.
     */
    @Property(tries = 500)
    void strictPriorityAndEvenSharesWithin(@ForAll("queues") List<CampaignQueue<Ready>> queues,
                                           @ForAll @IntRange(min = 0, max = 120) int lines) {
        List<Ready> picked = DispatchOrder.pick(queues, lines);
        int total = queues.stream().mapToInt(q -> q.ready().size()).sum();
        assertEquals(Math.min(lines, total), picked.size());
        IntStream.range(1, picked.size()).forEach(i ->
                assertTrue(picked.get(i - 1).priority() >= picked.get(i).priority(), "higher priority first"));
        Map<String, Long> shares = picked.stream().collect(Collectors.groupingBy(Ready::campaign,
                Collectors.counting()));
        Map<Integer, List<CampaignQueue<Ready>>> byPriority = queues.stream()
                .collect(Collectors.groupingBy(CampaignQueue::priority));
        for (List<CampaignQueue<Ready>> samePriority : byPriority.values()) {
            List<Long> unfinished = new ArrayList<>();
            for (CampaignQueue<Ready> q : samePriority) {
                long got = shares.getOrDefault(q.campaign().value(), 0L);
                if (got < q.ready().size()) {
                    unfinished.add(got);
                }
            }
            long mostOfUnfinished = unfinished.stream().mapToLong(Long::longValue).max().orElse(0);
            long leastOfUnfinished = unfinished.stream().mapToLong(Long::longValue).min().orElse(0);
            assertTrue(mostOfUnfinished - leastOfUnfinished <= 1, "even shares among campaigns still waiting");
            long most = shares.entrySet().stream().filter(e -> samePriority.stream()
                    .anyMatch(q -> q.campaign().value().equals(e.getKey()))).mapToLong(Map.Entry::getValue)
                    .max().orElse(0);
            assertTrue(unfinished.isEmpty() || most <= leastOfUnfinished + 1, "nobody ran ahead of a waiting one");
        }
    }
}
