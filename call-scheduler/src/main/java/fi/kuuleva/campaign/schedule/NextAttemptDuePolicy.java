package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Reason;
import java.time.Instant;
import java.util.Optional;

/** After an errored attempt, not before the retry time it set. */
public record NextAttemptDuePolicy() implements CallPolicy {
    @Override
    public Decision check(CallCandidate candidate, Instant now) {
        Optional<Instant> due = candidate.history().nextAttemptAt();
        return due.isPresent() && now.isBefore(due.get())
                ? Decision.rejected(Reason.NOT_DUE_YET, "the next attempt is due at " + due.get())
                : Decision.allowed();
    }
}
