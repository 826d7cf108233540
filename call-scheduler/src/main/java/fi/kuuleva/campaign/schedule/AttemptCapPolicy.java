package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Reason;
import java.time.Instant;

/** Never more attempts than the campaign's cap, counting open and lost attempts. */
public record AttemptCapPolicy() implements CallPolicy {
    @Override
    public Decision check(CallCandidate candidate, Instant now) {
        int cap = candidate.campaign().retryPolicy().maxAttempts();
        int made = candidate.history().attempts();
        return made < cap ? Decision.allowed()
                : Decision.rejected(Reason.ATTEMPT_CAP_REACHED, made + " attempts made, at most " + cap);
    }
}
