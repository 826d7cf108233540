package fi.kuuleva.admin.dialling;

import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.admin.campaign.CampaignRules;
import fi.kuuleva.campaign.schedule.Campaign;
import fi.kuuleva.dialler.CampaignRuleSource;
import jakarta.inject.Singleton;

/** The dialler's {@link CampaignRuleSource}: a stored campaign read into its rules. Thread-safe. */
@Singleton
class StoredCampaignRules implements CampaignRuleSource {

    private final CampaignRepository campaigns;

    StoredCampaignRules(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Campaign rules(long campaignId) {
        return CampaignRules.of(campaigns.findById(campaignId)
                .orElseThrow(() -> new IllegalArgumentException("no campaign " + campaignId)));
    }
}
