package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.DoNotCallList;
import fi.kuuleva.campaign.Reason;
import java.time.Instant;
import java.util.Objects;

/** Never call a number on the do-not-call list, whichever survey it opted out of. */
public record DoNotCallPolicy(DoNotCallList list) implements CallPolicy {
    public DoNotCallPolicy {
        Objects.requireNonNull(list, "list");
    }

    @Override
    public Decision check(CallCandidate candidate, Instant now) {
        return list.contains(candidate.phone())
                ? Decision.rejected(Reason.DO_NOT_CALL, candidate.phone().masked() + " is on the do-not-call list")
                : Decision.allowed();
    }
}
