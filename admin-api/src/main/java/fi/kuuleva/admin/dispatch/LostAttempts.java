package fi.kuuleva.admin.dispatch;

import fi.kuuleva.admin.campaign.Campaign;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.attempts.AttemptOutcomes;
import fi.kuuleva.campaign.schedule.Holidays;
import fi.kuuleva.flow.Outcome;
import java.time.Instant;

/**
 * How an attempt whose call was lost (its instance stopped, or its end never reported) ends: with its survey's
 * outcome if the call reached one, else as failed; retried as the campaign's rules say. Thread-safe.
 */
final class LostAttempts implements OrphanDecision {

    private final CampaignRepository campaigns;
    private final Holidays holidays;

    LostAttempts(CampaignRepository campaigns, Holidays holidays) {
        this.campaigns = campaigns;
        this.holidays = holidays;
    }

    @Override
    public AttemptEnd decide(OpenAttempt attempt, Instant now) {
        AttemptOutcome outcome = attempt.surveyOutcome() == null ? AttemptOutcome.FAILED
                : AttemptOutcomes.fromFlow(Outcome.valueOf(attempt.surveyOutcome()));
        Campaign campaign = campaigns.findById(attempt.campaignId()).orElseThrow();
        return AttemptEnds.of(attempt.attemptNo(), outcome, CampaignRules.of(campaign), holidays, now);
    }
}
