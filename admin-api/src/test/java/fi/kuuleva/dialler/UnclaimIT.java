package fi.kuuleva.dialler;

import static fi.kuuleva.admin.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A claim a policy rejects before dialling is given back without counting an attempt. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnclaimIT implements TestPropertyProvider {

    @Inject
    DispatchStore store;
    @Inject
    Fixtures fixtures;
    @Inject
    TestRows rows;
    @Inject
    fi.kuuleva.admin.optout.DoNotCallStore doNotCall;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void anUndialledClaimIsNotCountedAndIsDueAgainLater() {
        long campaign = fixtures.runningCampaign("outside-window", 2, 0);
        fixtures.respondents(campaign, 30_001, 2);
        List<ClaimedCall> claimed = store.claimDue(List.of(campaign), NOW, 2, "i");
        assertEquals(2, claimed.size());

        assertTrue(store.unclaim(claimed.get(0), NOW.plusSeconds(3_600), "NOT_CALLED"));
        assertTrue(store.unclaim(claimed.get(1), null, "NOT_CALLED"));
        assertFalse(store.unclaim(claimed.get(0), NOW, "NOT_CALLED"), "given back once");

        assertEquals(0, rows.attemptCount(campaign));
        assertEquals(0, rows.respondentsWithAttempts(campaign, 1));
        assertEquals(1, rows.respondentsWithStatus(campaign, "DONE"), "no calling time left");
        assertTrue(store.claimDue(List.of(campaign), NOW.plusSeconds(3_599), 2, "i").isEmpty(), "not due yet");
        List<ClaimedCall> again = store.claimDue(List.of(campaign), NOW.plusSeconds(3_600), 2, "i");
        assertEquals(1, again.size());
        assertEquals(1, again.get(0).attemptNo(), "the given-back claim did not count");
    }

    @Test
    void aNumberListedDoNotCallDuringItsCallIsClosedNotLeftWaiting() {
        long campaign = fixtures.runningCampaign("listed-mid-call", 3, 0);
        fixtures.respondents(campaign, 40_001, 1);
        List<ClaimedCall> claimed = store.claimDue(List.of(campaign), NOW, 1, "i");
        assertEquals(1, claimed.size());
        // meanwhile the resident pressed 9 in another campaign (or an officer listed the number)
        doNotCall.add("+3584000040001", "pressed 9 elsewhere", fi.kuuleva.admin.optout.DoNotCallSource.CALL, NOW);

        assertTrue(store.finish(claimed.get(0).attemptId(), AttemptEnd.retried("NO_ANSWER", NOW, NOW.plusSeconds(60))));
        assertEquals(1, rows.respondentsWithStatus(campaign, "DONE"),
                "no claim would ever pick a listed number: left PENDING, the campaign could never complete");
    }
}
