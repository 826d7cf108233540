package fi.kuuleva.admin.dialling;

import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.dialler.CampaignCompletion;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The dialler's {@link CampaignCompletion} over the campaign store. Completes a running campaign that has nobody left to call, without overwriting an officer's pause or cancel and
 * without missing respondents an import adds meanwhile: the campaign row is locked first (imports and state changes
 * lock it too), then checked and changed in a statement that sees what they committed.
 */
@Singleton
class StoredCampaignCompletion implements CampaignCompletion {

    private final CampaignRepository campaigns;

    StoredCampaignCompletion(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    @Transactional
    public boolean completeIfDone(long campaignId) {
        campaigns.lockById(campaignId);
        return campaigns.completeIfDone(campaignId) == 1;
    }
}
