package fi.kuuleva.admin.dispatch;

import fi.kuuleva.admin.campaign.CampaignRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Completes a running campaign that has nobody left to call, without overwriting an officer's pause or cancel and
 * without missing respondents an import adds meanwhile: the campaign row is locked first (imports and state changes
 * lock it too), then checked and changed in a statement that sees what they committed.
 */
@Singleton
class CampaignCompletion {

    private final CampaignRepository campaigns;

    CampaignCompletion(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Transactional
    boolean completeIfDone(long campaignId) {
        campaigns.lockById(campaignId);
        return campaigns.completeIfDone(campaignId) == 1;
    }
}
