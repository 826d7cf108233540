package fi.kuuleva.dialler;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.attempts.AttemptOutcomes;
import fi.kuuleva.campaign.attempts.DialResult;
import fi.kuuleva.campaign.attempts.Final;
import fi.kuuleva.campaign.attempts.RetryAt;
import fi.kuuleva.campaign.attempts.RetryDecision;
import fi.kuuleva.campaign.schedule.Campaign;
import fi.kuuleva.campaign.schedule.Holidays;
import fi.kuuleva.campaign.schedule.Retries;
import fi.kuuleva.flow.Outcome;
import java.time.Instant;
import java.util.Optional;

/** Turns what the dialler and the survey reported into the stored end of an attempt, by the retry decision. Pure. */
final class AttemptEnds {

    private AttemptEnds() {
    }

    static AttemptEnd of(int attemptNo, DialResult dial, Optional<String> surveyOutcome, Campaign campaign,
                         Holidays holidays, Instant now) {
        AttemptOutcome outcome = AttemptOutcomes.of(dial, surveyOutcome.map(Outcome::valueOf));
        return of(attemptNo, outcome, campaign, holidays, now);
    }

    static AttemptEnd of(int attemptNo, AttemptOutcome outcome, Campaign campaign, Holidays holidays, Instant now) {
        RetryDecision decision = Retries.decide(attemptNo, outcome, campaign.retryPolicy(),
                campaign.calendar(holidays), now);
        if (decision instanceof RetryAt retry) {
            return AttemptEnd.retried(outcome.name(), now, retry.at());
        }
        Final last = (Final) decision;
        return outcome.isFinal() ? AttemptEnd.completed(outcome.name(), now)
                : AttemptEnd.failed(outcome.name(), now, last.reason() + ": " + last.detail());
    }
}
