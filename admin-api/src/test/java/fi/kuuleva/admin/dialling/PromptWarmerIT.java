package fi.kuuleva.admin.dialling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.campaign.CampaignStarted;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A campaign's start warms its prompts only once the start has committed, on the warmer's own thread and
 * connection: never inside the request's transaction (issue 19: "This statement has been closed"), and not at all
 * for a start that rolled back.
 */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "test.recording-prompts", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptWarmerIT implements TestPropertyProvider {

    @Inject
    ApplicationEventPublisher<CampaignStarted> events;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    RecordingPrompts prompts;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void promptsAreMadeAfterTheStartCommitsAndNeverForAStartRolledBack() throws Exception {
        long rolledBack = fixtures.otherSurvey().versionId();
        long committed = fixtures.testSurvey().versionId();

        transactions.executeWrite(status -> {
            events.publishEvent(new CampaignStarted(1, rolledBack));
            status.setRollbackOnly();
            return null;
        });
        transactions.executeWrite(status -> {
            events.publishEvent(new CampaignStarted(2, committed));
            assertFalse(prompts.calls.tryAcquire(1, TimeUnit.SECONDS), "nothing is prepared before the commit");
            return null;
        });

        assertTrue(prompts.calls.tryAcquire(30, TimeUnit.SECONDS), "prepared after the commit");
        // One thread, in start order: had the rolled-back start been warmed, it would have come first.
        assertEquals(List.of("store-test"), prompts.prepared);
    }
}
