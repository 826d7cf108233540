package fi.kuuleva.campaign.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryRulesTest {

    @Test
    void theOfficersDelaysOverTheDefaults() {
        RetryPolicy policy = new RetryRules(Map.of(AttemptOutcome.BUSY, Duration.ofMinutes(5))).policy(4);
        assertEquals(Duration.ofMinutes(5), policy.delayAfter(AttemptOutcome.BUSY).orElseThrow());
        assertEquals(RetryPolicy.defaults().delayAfter(AttemptOutcome.NO_ANSWER),
                policy.delayAfter(AttemptOutcome.NO_ANSWER));
        assertEquals(4, policy.maxAttempts());
        assertEquals(RetryPolicy.HARD_CAP, RetryRules.none().policy(99).maxAttempts());
    }

    @Test
    void everyOutcomeThatIsRetriedHasANameAndADefaultDelay() {
        for (AttemptOutcome outcome : AttemptOutcome.values()) {
            boolean named = RetryRules.outcome(name(outcome)).equals(java.util.Optional.of(outcome));
            assertEquals(!outcome.isFinal(), named, outcome + " settable");
            assertEquals(!outcome.isFinal(), RetryPolicy.defaults().delayAfter(outcome).isPresent(), outcome + "");
        }
    }

    private static String name(AttemptOutcome outcome) {
        return switch (outcome) {
            case HUNG_UP_MID_SURVEY -> "INTERRUPTED";
            case ANSWERED -> "DROPPED";
            default -> outcome.name();
        };
    }

    @Test
    void officersNamesAndDelays() {
        assertEquals(AttemptOutcome.HUNG_UP_MID_SURVEY, RetryRules.outcome("INTERRUPTED").orElseThrow());
        assertEquals(AttemptOutcome.ANSWERED, RetryRules.outcome("DROPPED").orElseThrow());
        assertEquals(AttemptOutcome.NO_RESPONSE, RetryRules.outcome("NO_RESPONSE").orElseThrow());
        assertEquals(true, RetryRules.outcome("COMPLETED").isEmpty());
        assertEquals(Map.of("INTERRUPTED", Duration.ofHours(1)),
                new RetryRules(Map.of(AttemptOutcome.HUNG_UP_MID_SURVEY, Duration.ofHours(1))).byKey());
        assertEquals(Duration.ofMinutes(20), RetryRules.delay("PT20M"));
        assertEquals("not an ISO-8601 duration: '20 minutes'",
                assertThrows(IllegalArgumentException.class, () -> RetryRules.delay("20 minutes")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> RetryRules.delay("PT0S"));
        assertThrows(IllegalArgumentException.class, () -> RetryRules.delay("P31D"));
    }
}
