package fi.kuuleva.campaign.attempts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.CampaignId;
import fi.kuuleva.campaign.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallAttemptTest {
    private static final PhoneNumber PHONE = new PhoneNumber("+358401234567");
    private static final AttemptKey KEY = new AttemptKey(new CampaignId("c1"), PHONE, 1);
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private final InProgressAttempt dialled = CallAttempt.queue(KEY, T0).start(T0.plusSeconds(2));

    @Test
    void aFinalOutcomeCompletesTheAttempt() {
        EndedAttempt ended = dialled.end(AttemptOutcome.COMPLETED, T0.plusSeconds(200),
                new Final(FinalReason.FINAL_OUTCOME, "survey completed"));
        assertInstanceOf(CompletedAttempt.class, ended);
        assertEquals(AttemptStatus.COMPLETED, ended.status());
        assertEquals("survey completed", ended.reason());
    }

    @Test
    void aRetryableOutcomeWithARetryIsErroredAndRetried() {
        Instant later = T0.plus(Duration.ofHours(3));
        RetriedAttempt ended = (RetriedAttempt) dialled.end(AttemptOutcome.BUSY, T0.plusSeconds(20),
                new RetryAt(later));
        assertEquals(AttemptStatus.ERRORED_AND_RETRIED, ended.status());
        assertEquals(later, ended.retryAt());
        assertEquals("busy; call again", ended.reason());
    }

    @Test
    void aRetryableOutcomeWithoutARetryFailsWithTheReason() {
        FailedAttempt ended = (FailedAttempt) dialled.end(AttemptOutcome.NO_ANSWER, T0.plusSeconds(40),
                new Final(FinalReason.ATTEMPT_CAP_REACHED, "attempt 5 of at most 5"));
        assertEquals(AttemptStatus.FAILED, ended.status());
        assertEquals(FinalReason.ATTEMPT_CAP_REACHED, ended.finalReason());
        assertEquals("no answer; attempt 5 of at most 5", ended.reason());
    }

    @Test
    void aFinalOutcomeIsNeverRetried() {
        assertThrows(IllegalArgumentException.class, () -> dialled.end(AttemptOutcome.OPTED_OUT,
                T0.plusSeconds(30), new RetryAt(T0.plusSeconds(3600))));
    }

    @Test
    void anAttemptFoundOpenOnRestartCountsAsAFailedAttemptWithUnknownOutcome() {
        EndedAttempt lostInCall = dialled.lostOnRestart(T0.plusSeconds(600), new RetryAt(T0.plusSeconds(7200)));
        assertEquals(AttemptOutcome.FAILED, lostInCall.outcome());
        assertTrue(lostInCall.reason().contains("never recorded"));
        EndedAttempt lostInQueue = CallAttempt.queue(KEY, T0).lostOnRestart(T0.plusSeconds(5),
                new Final(FinalReason.ATTEMPT_CAP_REACHED, "cap"));
        assertFalse(lostInQueue.startedAt().isPresent());
        assertEquals(AttemptStatus.FAILED, lostInQueue.status());
    }

    @Test
    void timeDoesNotRunBackwards() {
        assertThrows(IllegalArgumentException.class, () -> dialled.end(AttemptOutcome.BUSY, T0,
                new RetryAt(T0.plusSeconds(60))));
        assertThrows(IllegalArgumentException.class, () -> dialled.end(AttemptOutcome.BUSY, T0.plusSeconds(60),
                new RetryAt(T0.plusSeconds(30))));
    }

    @Test
    void everyStateSurvivesTheRoundTripThroughARow() {
        List<CallAttempt> states = List.of(
                CallAttempt.queue(KEY, T0),
                dialled,
                dialled.end(AttemptOutcome.REFUSED, T0.plusSeconds(50), new Final(FinalReason.FINAL_OUTCOME, "x")),
                dialled.end(AttemptOutcome.MACHINE, T0.plusSeconds(50), new RetryAt(T0.plusSeconds(86400))),
                dialled.end(AttemptOutcome.FAILED, T0.plusSeconds(50), new Final(FinalReason.NO_CALLING_TIME_LEFT,
                        "campaign over")),
                CallAttempt.queue(KEY, T0).lostOnRestart(T0.plusSeconds(9), new RetryAt(T0.plusSeconds(900))));
        for (CallAttempt state : states) {
            assertEquals(state, AttemptRow.of(state).toAttempt());
        }
        assertEquals(Optional.empty(), ((EndedAttempt) states.get(5)).startedAt());
    }

    @Test
    void theKeyNeverShowsTheWholeNumber() {
        assertFalse(KEY.toString().contains("+358401234567"));
        assertTrue(KEY.toString().contains("+35840*****67"));
    }
}
