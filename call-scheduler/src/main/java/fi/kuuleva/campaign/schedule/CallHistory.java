package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.attempts.CallAttempt;
import fi.kuuleva.campaign.attempts.CompletedAttempt;
import fi.kuuleva.campaign.attempts.EndedAttempt;
import fi.kuuleva.campaign.attempts.FailedAttempt;
import fi.kuuleva.campaign.attempts.OpenAttempt;
import fi.kuuleva.campaign.attempts.RetriedAttempt;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
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

    /** Summarizes a respondent's attempts in one campaign, in any order. */
    public static CallHistory of(Collection<? extends CallAttempt> attempts) {
        int highest = attempts.stream().mapToInt(a -> a.key().number()).max().orElse(0);
        boolean open = attempts.stream().anyMatch(OpenAttempt.class::isInstance);
        Optional<String> finished = attempts.stream()
                .filter(a -> a instanceof CompletedAttempt || a instanceof FailedAttempt)
                .map(a -> ((EndedAttempt) a).reason()).findFirst();
        Optional<Instant> next = attempts.stream().max(Comparator.comparingInt(a -> a.key().number()))
                .filter(RetriedAttempt.class::isInstance).map(a -> ((RetriedAttempt) a).retryAt());
        return new CallHistory(Math.max(highest, attempts.size()), open, finished, next);
    }

    /** The number the next attempt gets. */
    public int nextAttemptNumber() {
        return attempts + 1;
    }
}
