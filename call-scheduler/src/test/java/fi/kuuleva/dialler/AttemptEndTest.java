package fi.kuuleva.dialler;

import fi.kuuleva.campaign.attempts.AttemptStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptEndTest {

    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");

    @Test
    void aRetryKeepsTheRespondentPendingAndAFinalEndClosesIt() {
        AttemptEnd retried = AttemptEnd.retried("BUSY", NOW, NOW.plusSeconds(900));
        assertFalse(retried.isFinal());
        assertEquals("PENDING", retried.respondentStatus());
        assertEquals("DONE", AttemptEnd.completed("COMPLETED", NOW).respondentStatus());
        assertEquals("DONE", AttemptEnd.failed("NO_ANSWER", NOW, "cap").respondentStatus());
        assertEquals("NORMAL_CLEARING", retried.withHangupCause("NORMAL_CLEARING").hangupCause());
    }

    @Test
    void onlyARetryNamesTheNextAttemptAndOpenStatesCannotEnd() {
        assertThrows(IllegalArgumentException.class,
                () -> new AttemptEnd(AttemptStatus.ERRORED_AND_RETRIED, "BUSY", null, null, NOW, null));
        assertThrows(IllegalArgumentException.class,
                () -> new AttemptEnd(AttemptStatus.COMPLETED, "COMPLETED", null, null, NOW, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new AttemptEnd(AttemptStatus.IN_PROGRESS, "ANSWERED", null, null, NOW, null));
    }

    @Test
    void anOrphanIsCompletedByAFinalSurveyOutcomeOtherwiseRetriedUnderTheCap() {
        OrphanDecision decision = OrphanDecision.retryAfter(Duration.ofMinutes(20));
        AttemptEnd answered = decision.decide(orphan("REFUSED", 1, 3), NOW);
        assertEquals(AttemptStatus.COMPLETED, answered.state());
        assertEquals("REFUSED", answered.outcome());
        AttemptEnd hungUp = decision.decide(orphan("HUNG_UP", 1, 3), NOW);
        assertEquals(AttemptStatus.ERRORED_AND_RETRIED, hungUp.state());
        assertEquals(NOW.plus(Duration.ofMinutes(20)), hungUp.nextAttemptAt());
        AttemptEnd capped = decision.decide(orphan(null, 3, 3), NOW);
        assertEquals(AttemptStatus.FAILED, capped.state());
        assertTrue(capped.isFinal());
    }

    private static OpenAttempt orphan(String surveyOutcome, int attempts, int max) {
        return new OpenAttempt(7, 5, 1, attempts, AttemptStatus.IN_PROGRESS, "lost", NOW.minusSeconds(60), null,
                surveyOutcome, attempts, max);
    }
}
