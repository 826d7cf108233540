package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Reason;
import java.time.Instant;

/** A respondent who completed, refused, opted out, asked for a call-back or ran out of retries is not called. */
public record NotFinishedPolicy() implements CallPolicy {
    @Override
    public Decision check(CallCandidate candidate, Instant now) {
        return candidate.history().finished()
                .map(why -> Decision.rejected(Reason.RESPONDENT_FINISHED, why))
                .orElse(Decision.allowed());
    }
}
