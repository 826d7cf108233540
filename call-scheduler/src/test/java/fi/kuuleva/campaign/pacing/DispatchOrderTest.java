package fi.kuuleva.campaign.pacing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.campaign.CampaignId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DispatchOrderTest {
    private static final Instant T = Instant.parse("2026-03-03T08:00:00Z");

    private static CampaignQueue<String> queue(String id, int priority, int inFlight, Optional<Instant> last,
                                               String... ready) {
        return new CampaignQueue<>(new CampaignId(id), priority, inFlight, last, List.of(ready));
    }

    @Test
    void higherPriorityGoesFirstEvenWithManyCallsUp() {
        List<String> picked = DispatchOrder.pick(List.of(
                queue("low", 1, 0, Optional.empty(), "l1", "l2"),
                queue("high", 5, 40, Optional.of(T), "h1", "h2")), 3);
        assertEquals(List.of("h1", "h2", "l1"), picked);
    }

    @Test
    void equalPrioritiesTakeTurns() {
        List<String> picked = DispatchOrder.pick(List.of(
                queue("a", 1, 0, Optional.of(T), "a1", "a2", "a3"),
                queue("b", 1, 0, Optional.of(T.minusSeconds(5)), "b1", "b2", "b3")), 5);
        assertEquals(List.of("b1", "a1", "b2", "a2", "b3"), picked);
    }

    @Test
    void theCampaignWithFewerCallsUpCatchesUpFirst() {
        List<String> picked = DispatchOrder.pick(List.of(
                queue("a", 1, 3, Optional.empty(), "a1", "a2"),
                queue("b", 1, 0, Optional.of(T), "b1", "b2", "b3", "b4")), 5);
        assertEquals(List.of("b1", "b2", "b3", "a1", "b4"), picked);
    }

    @Test
    void oneLineAtATimeStillAlternatesWhenCallsEndQuickly() {
        CampaignQueue<String> a = queue("a", 1, 0, Optional.of(T), "a1");
        CampaignQueue<String> b = queue("b", 1, 0, Optional.of(T.plusSeconds(1)), "b1");
        assertEquals(List.of("a1"), DispatchOrder.pick(List.of(a, b), 1));
        CampaignQueue<String> aAfter = queue("a", 1, 0, Optional.of(T.plusSeconds(2)), "a2");
        assertEquals(List.of("b1"), DispatchOrder.pick(List.of(aAfter, b), 1));
    }

    @Test
    void fewerReadyThanLinesTakesWhatThereIs() {
        assertEquals(List.of("a1"), DispatchOrder.pick(List.of(queue("a", 1, 0, Optional.empty(), "a1")), 10));
        assertEquals(List.of(), DispatchOrder.pick(List.<CampaignQueue<String>>of(), 10));
    }
}
