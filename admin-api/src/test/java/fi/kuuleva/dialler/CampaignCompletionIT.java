package fi.kuuleva.dialler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.campaign.schedule.CampaignState;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The dispatcher completes only a campaign still running with nobody to call, never over an officer's change. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignCompletionIT implements TestPropertyProvider {

    @Inject
    CampaignCompletion completion;
    @Inject
    CampaignRepository campaigns;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void aRunningCampaignWithNobodyLeftIsCompleted() {
        long campaign = fixtures.runningCampaign("done", 3, 0);
        assertTrue(completion.completeIfDone(campaign));
        assertEquals(CampaignState.COMPLETED, campaigns.findById(campaign).orElseThrow().state());
    }

    @Test
    void aCampaignPausedOrCancelledMeanwhileKeepsTheOfficersState() {
        long paused = fixtures.runningCampaign("paused", 3, 0);
        campaigns.update(paused, CampaignState.PAUSED);
        long cancelled = fixtures.runningCampaign("cancelled", 3, 0);
        campaigns.update(cancelled, CampaignState.CANCELLED);
        assertFalse(completion.completeIfDone(paused));
        assertFalse(completion.completeIfDone(cancelled));
        assertEquals(CampaignState.PAUSED, campaigns.findById(paused).orElseThrow().state());
        assertEquals(CampaignState.CANCELLED, campaigns.findById(cancelled).orElseThrow().state());
    }

    @Test
    void respondentsAddedSinceTheDispatchersCountKeepItRunning() {
        long campaign = fixtures.runningCampaign("imported meanwhile", 3, 0);
        fixtures.respondents(campaign, 70_001, 2);
        assertFalse(completion.completeIfDone(campaign));
        assertEquals(CampaignState.RUNNING, campaigns.findById(campaign).orElseThrow().state());
    }
}
