package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Reason;
import java.time.Instant;
import java.time.LocalDate;

/** Calls only from the campaign's first day to its last, Helsinki dates. */
public record CampaignDatesPolicy() implements CallPolicy {
    @Override
    public Decision check(CallCandidate candidate, Instant now) {
        Campaign campaign = candidate.campaign();
        LocalDate today = CallingCalendar.local(now).toLocalDate();
        if (today.isBefore(campaign.firstDay()) || today.isAfter(campaign.lastDay())) {
            return Decision.rejected(Reason.OUTSIDE_CAMPAIGN_DATES,
                    today + " is outside " + campaign.firstDay() + " to " + campaign.lastDay());
        }
        return Decision.allowed();
    }
}
