package fi.kuuleva.dialler;

import fi.kuuleva.campaign.attempts.AttemptStatus;
import static fi.kuuleva.admin.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.campaign.schedule.CampaignState;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The attempt cap holds when instances die after claiming and their attempts are reconciled. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttemptCapIT implements TestPropertyProvider {

    @Inject
    DispatchStore store;
    @Inject
    Fixtures fixtures;
    @Inject
    TestRows rows;
    @Inject
    CampaignRepository campaigns;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void claimsThatNeverEndAreReconciledAndStillCountedOnce() {
        long campaign = fixtures.runningCampaign("crashing", 3, 0);
        fixtures.respondents(campaign, 10_001, 200);
        OrphanDecision retryAtOnce = OrphanDecision.retryAfter(Duration.ZERO);

        List<ClaimedCall> lastClaimed = List.of();
        for (int round = 1; round <= 5; round++) {
            Instant now = NOW.plusSeconds(round * 60L);
            List<ClaimedCall> claimed = store.claimDue(List.of(campaign), now, 1_000, "lost-instance");
            assertEquals(round <= 3 ? 200 : 0, claimed.size(), "round " + round);
            // The instance dies here: no outcome is ever recorded. It starts again and reconciles its attempts.
            List<Reconciled> reconciled = store.reconcileInstance("lost-instance", now, retryAtOnce);
            assertEquals(claimed.size(), reconciled.size());
            assertTrue(store.reconcileInstance("lost-instance", now, retryAtOnce).isEmpty(), "reconciled once");
            if (!claimed.isEmpty()) {
                lastClaimed = claimed;
            }
        }
        assertEquals(200, rows.respondentsWithAttempts(campaign, 3));
        assertEquals(600, rows.attemptCount(campaign));
        assertEquals(400, rows.attemptCount(campaign, AttemptStatus.ERRORED_AND_RETRIED));
        assertEquals(200, rows.attemptCount(campaign, AttemptStatus.FAILED));
        assertEquals(200, rows.respondentsWithStatus(campaign, "DONE"));
        assertEquals(0, rows.inconsistentRespondents(campaign));

        // The lost instance's late report of a reconciled attempt changes nothing.
        assertFalse(store.finish(lastClaimed.get(0).attemptId(), AttemptEnd.completed("COMPLETED", NOW)));
        assertEquals(200, rows.attemptCount(campaign, AttemptStatus.FAILED));
    }

    @Test
    void staleAttemptsOfAnyInstanceAreRetriedAndLiveOnesLeftAlone() {
        long campaign = fixtures.runningCampaign("stale", 5, 0);
        fixtures.respondents(campaign, 20_001, 10);
        List<ClaimedCall> old = store.claimDue(List.of(campaign), NOW, 4, "instance-1");
        List<ClaimedCall> recent = store.claimDue(List.of(campaign), NOW.plusSeconds(3_600), 6, "instance-2");
        assertEquals(4, old.size());
        assertEquals(6, recent.size());
        assertTrue(store.started(recent.get(0).attemptId(), NOW.plusSeconds(3_601), "pbx-1"));

        // Other tests' open attempts are stale too: only this campaign's are looked at.
        List<Reconciled> reconciled = store.reconcileStale(NOW.plusSeconds(1_800), NOW.plusSeconds(3_700),
                OrphanDecision.retryAfter(Duration.ofMinutes(30))).stream()
                .filter(r -> r.attempt().campaignId() == campaign).toList();
        assertEquals(4, reconciled.size());
        reconciled.forEach(r -> assertEquals(NOW.plusSeconds(3_700 + 1_800), r.end().nextAttemptAt()));
        assertEquals(4, rows.attemptCount(campaign, AttemptStatus.ERRORED_AND_RETRIED));
        assertEquals(5, rows.attemptCount(campaign, AttemptStatus.QUEUED));
        assertEquals(1, rows.attemptCount(campaign, AttemptStatus.IN_PROGRESS));
        // Not due again before the retry delay has passed.
        assertTrue(store.claimDue(List.of(campaign), NOW.plusSeconds(3_700), 10, "instance-2").isEmpty());
        assertEquals(4, store.claimDue(List.of(campaign), NOW.plusSeconds(5_500), 10, "instance-2").size());
        assertEquals(0, rows.inconsistentRespondents(campaign));
    }

    @Test
    void higherPriorityCampaignsAreClaimedFirstAndOnlyRunningOnes() {
        long low = fixtures.runningCampaign("low", 3, 1);
        long high = fixtures.runningCampaign("high", 3, 9);
        long paused = fixtures.runningCampaign("paused", 3, 99);
        fixtures.respondents(low, 30_001, 5);
        fixtures.respondents(high, 40_001, 5);
        fixtures.respondents(paused, 50_001, 5);
        campaigns.update(paused, CampaignState.PAUSED);

        List<ClaimedCall> claimed = store.claimDue(List.of(low, high, paused), NOW, 7, "instance-1");
        assertEquals(7, claimed.size());
        assertEquals(5, claimed.stream().filter(call -> call.campaignId() == high).count());
        assertEquals(2, claimed.stream().filter(call -> call.campaignId() == low).count());
        assertEquals(0, rows.attemptCount(paused));
        // A finished respondent is not claimed again; a retried one only when due.
        ClaimedCall done = claimed.get(0);
        ClaimedCall retried = claimed.get(1);
        assertTrue(store.finish(done.attemptId(), AttemptEnd.completed("COMPLETED", NOW)));
        assertTrue(store.finish(retried.attemptId(), AttemptEnd.retried("BUSY", NOW, NOW.plusSeconds(600))));
        assertFalse(store.finish(done.attemptId(), AttemptEnd.completed("COMPLETED", NOW)), "ended once");
        List<ClaimedCall> rest = store.claimDue(List.of(low, high), NOW.plusSeconds(599), 100, "instance-1");
        assertEquals(3, rest.size());
        List<ClaimedCall> later = store.claimDue(List.of(low, high), NOW.plusSeconds(600), 100, "instance-1");
        assertEquals(List.of(retried.respondentId()), later.stream().map(ClaimedCall::respondentId).toList());
        assertEquals(2, later.get(0).attemptNo());
    }
}
