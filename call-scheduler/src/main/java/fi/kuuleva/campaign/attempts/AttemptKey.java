package fi.kuuleva.campaign.attempts;

import fi.kuuleva.campaign.CampaignId;
import fi.kuuleva.campaign.PhoneNumber;
import java.util.Objects;

/**
 * Identifies an attempt: the n-th call (from 1) to a number in a campaign. Store it under a unique constraint so
 * that two dispatchers racing for the same respondent cannot both place attempt n.
 */
public record AttemptKey(CampaignId campaign, PhoneNumber phone, int number) {
    public AttemptKey {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(phone, "phone");
        if (number < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1");
        }
    }
}
