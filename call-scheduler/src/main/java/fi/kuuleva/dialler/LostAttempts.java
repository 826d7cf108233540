package fi.kuuleva.dialler;

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

    private final CampaignRuleSource campaigns;
    private final Holidays holidays;

    LostAttempts(CampaignRuleSource campaigns, Holidays holidays) {
        this.campaigns = campaigns;
        this.holidays = holidays;
    }

    @Override
    public AttemptEnd decide(OpenAttempt attempt, Instant now) {
        AttemptOutcome outcome = attempt.surveyOutcome() == null ? AttemptOutcome.FAILED
                : AttemptOutcomes.fromFlow(Outcome.valueOf(attempt.surveyOutcome()));
        return AttemptEnds.of(attempt.attemptNo(), outcome, campaigns.rules(attempt.campaignId()), holidays, now);
    }
}
