package fi.kuuleva.campaign.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.CampaignId;
import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.attempts.CallAttempt;
import fi.kuuleva.campaign.attempts.Final;
import fi.kuuleva.campaign.attempts.FinalReason;
import fi.kuuleva.campaign.attempts.RetryAt;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallHistoryTest {
    private static final Instant T = Instant.parse("2026-03-03T08:00:00Z");

    private static AttemptKey key(int number) {
        return new AttemptKey(new CampaignId("c"), new PhoneNumber("+358401234567"), number);
    }

    @Test
    void anOpenAttemptCountsAndBlocks() {
        CallHistory history = CallHistory.of(List.of(CallAttempt.queue(key(1), T)));
        assertEquals(1, history.attempts());
        assertTrue(history.inFlight());
        assertEquals(2, history.nextAttemptNumber());
    }

    @Test
    void theLatestRetrySetsTheDueTime() {
        Instant later = T.plusSeconds(3600);
        CallHistory history = CallHistory.of(List.of(
                CallAttempt.queue(key(2), T).start(T).end(AttemptOutcome.BUSY, T.plusSeconds(9), new RetryAt(later)),
                CallAttempt.queue(key(1), T.minusSeconds(999)).lostOnRestart(T.minusSeconds(1), new RetryAt(T))));
        assertEquals(new CallHistory(2, false, Optional.empty(), Optional.of(later)), history);
    }

    @Test
    void aCompletedOrFailedAttemptFinishesTheRespondent() {
        CallHistory completed = CallHistory.of(List.of(CallAttempt.queue(key(1), T).start(T)
                .end(AttemptOutcome.CALLBACK_REQUESTED, T.plusSeconds(60), new Final(FinalReason.FINAL_OUTCOME, "x"))));
        assertEquals(Optional.of("asked for a person to call back"), completed.finished());
        CallHistory failed = CallHistory.of(List.of(CallAttempt.queue(key(1), T).start(T)
                .end(AttemptOutcome.MACHINE, T.plusSeconds(60), new Final(FinalReason.OUTCOME_NOT_RETRIED, "no"))));
        assertTrue(failed.finished().isPresent());
        assertFalse(failed.inFlight());
    }
}
