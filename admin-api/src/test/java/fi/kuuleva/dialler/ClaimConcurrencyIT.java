package fi.kuuleva.dialler;

import fi.kuuleva.campaign.attempts.AttemptStatus;
import static fi.kuuleva.admin.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two dispatchers, each on its own thread and connection, claiming from one campaign of 2,000 respondents. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimConcurrencyIT implements TestPropertyProvider {

    private static final int RESPONDENTS = 2_000;
    private static final int BATCH = 25;

    @Inject
    DispatchStore store;
    @Inject
    Fixtures fixtures;
    @Inject
    TestRows rows;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void twoDispatchersClaimEveryRespondentOnceARound() throws Exception {
        long campaign = fixtures.runningCampaign("concurrent", 3, 0);
        fixtures.respondents(campaign, 1, RESPONDENTS);

        List<List<ClaimedCall>> first = claimConcurrently(campaign);
        assertRound(campaign, first, 1);

        // Everyone is retried at once; the second round numbers every attempt 2.
        for (List<ClaimedCall> claimed : first) {
            for (ClaimedCall call : claimed) {
                assertTrue(store.finish(call.attemptId(), AttemptEnd.retried("NO_ANSWER", NOW, NOW)));
            }
        }
        List<List<ClaimedCall>> second = claimConcurrently(campaign);
        assertRound(campaign, second, 2);
        assertEquals(2L * RESPONDENTS, rows.attemptCount(campaign));
        assertEquals(RESPONDENTS, rows.attemptCount(campaign, AttemptStatus.ERRORED_AND_RETRIED));
    }

    private void assertRound(long campaign, List<List<ClaimedCall>> byDispatcher, int attemptNo) {
        Set<Long> respondents = new HashSet<>();
        int claims = 0;
        for (List<ClaimedCall> claimed : byDispatcher) {
            assertTrue(!claimed.isEmpty(), "each dispatcher got a share");
            for (ClaimedCall call : claimed) {
                assertTrue(respondents.add(call.respondentId()), "respondent claimed twice: " + call);
                assertEquals(attemptNo, call.attemptNo());
                claims++;
            }
        }
        assertEquals(RESPONDENTS, claims, "none skipped");
        assertEquals(RESPONDENTS, rows.respondentsWithAttempts(campaign, attemptNo));
        assertEquals(RESPONDENTS, rows.attemptsNumbered(campaign, attemptNo));
        assertEquals(RESPONDENTS, rows.respondentsWithStatus(campaign, "IN_CALL"));
        assertEquals(0, rows.inconsistentRespondents(campaign));
    }

    /**
     * Both dispatchers start together, wait for each other after their first batch (so both surely take part), then
     * claim until the campaign has nobody due left.
     */
    private List<List<ClaimedCall>> claimConcurrently(long campaign) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CyclicBarrier firstBatchTaken = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<ClaimedCall>>> dispatchers = new ArrayList<>();
            for (String instance : List.of("dispatcher-a", "dispatcher-b")) {
                dispatchers.add(pool.submit(() -> {
                    start.await();
                    List<ClaimedCall> mine = new ArrayList<>();
                    List<ClaimedCall> batch = store.claimDue(List.of(campaign), NOW, BATCH, instance);
                    mine.addAll(batch);
                    firstBatchTaken.await();
                    while (!batch.isEmpty()) {
                        batch = store.claimDue(List.of(campaign), NOW, BATCH, instance);
                        mine.addAll(batch);
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<List<ClaimedCall>> results = new ArrayList<>();
            for (Future<List<ClaimedCall>> dispatcher : dispatchers) {
                results.add(dispatcher.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
