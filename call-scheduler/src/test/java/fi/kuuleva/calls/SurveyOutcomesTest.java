package fi.kuuleva.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.flow.Outcome;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A closed subscription gets nothing more, and its close returns only once a hand-off under way has finished. */
class SurveyOutcomesTest {

    private static final SurveyOutcome ENDED = new SurveyOutcome(new AttemptKey(3), Outcome.COMPLETED);

    private final SurveyOutcomes outcomes = new SurveyOutcomes();
    private final List<String> handed = new CopyOnWriteArrayList<>();

    @Test
    void aClosedSubscriptionGetsNothingAndTheOthersStillDo() {
        OutcomeSubscription first = outcomes.subscribe(outcome -> handed.add("first"));
        outcomes.subscribe(outcome -> handed.add("second"));
        outcomes.publish(ENDED);
        first.close();
        first.close();
        outcomes.publish(ENDED);
        assertEquals(List.of("first", "second", "second"), handed);
    }

    @Test
    void closeWaitsForAHandOffUnderWay() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OutcomeSubscription subscription = outcomes.subscribe(outcome -> {
            entered.countDown();
            await(release);
            handed.add("handed");
        });
        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> outcomes.publish(ENDED));
        entered.await(10, TimeUnit.SECONDS);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
            subscription.close();
            handed.add("closed");
        });
        assertFalse(closing.isDone(), "closed while a hand-off was under way");
        release.countDown();
        closing.get(10, TimeUnit.SECONDS);
        publishing.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("handed", "closed"), handed);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
