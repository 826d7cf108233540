package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Reason;
import java.time.Instant;

/** One call at a time per respondent: not while an attempt is queued or in progress. */
public record NoCallInFlightPolicy() implements CallPolicy {
    @Override
    public Decision check(CallCandidate candidate, Instant now) {
        return candidate.history().inFlight()
                ? Decision.rejected(Reason.CALL_IN_FLIGHT, "an attempt is already queued or in progress")
                : Decision.allowed();
    }
}
