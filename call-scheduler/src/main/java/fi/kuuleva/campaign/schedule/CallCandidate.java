package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.PhoneNumber;
import java.util.Objects;

/** A respondent the dispatcher would like to call now, with their campaign and call history. */
public record CallCandidate(Campaign campaign, PhoneNumber phone, CallHistory history) {
    public CallCandidate {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(history, "history");
    }
}
