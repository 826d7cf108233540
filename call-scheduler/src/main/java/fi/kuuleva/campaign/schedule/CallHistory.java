package fi.kuuleva.campaign.schedule;

import java.time.Instant;
import java.util.Optional;

/**
 * What the policies need to know about a respondent's calls in a campaign: how many attempts there have been
 * (open ones included: an attempt counts from the moment it is queued), whether one is open now, whether the
 * respondent is finished and why, and when the next attempt is due.
 */
public record CallHistory(int attempts, boolean inFlight, Optional<String> finished, Optional<Instant> nextAttemptAt) {

    public static CallHistory none() {
        return new CallHistory(0, false, Optional.empty(), Optional.empty());
    }

    /** The number the next attempt gets. */
    public int nextAttemptNumber() {
        return attempts + 1;
    }
}
