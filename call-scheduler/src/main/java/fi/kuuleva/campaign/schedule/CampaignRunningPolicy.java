package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Reason;
import java.time.Instant;

/** Only a running campaign calls: not a draft, a paused, a completed or a cancelled one. */
public record CampaignRunningPolicy() implements CallPolicy {
    @Override
    public Decision check(CallCandidate candidate, Instant now) {
        CampaignState state = candidate.campaign().state();
        return state == CampaignState.RUNNING ? Decision.allowed()
                : Decision.rejected(Reason.CAMPAIGN_NOT_RUNNING, "the campaign is " + state);
    }
}
