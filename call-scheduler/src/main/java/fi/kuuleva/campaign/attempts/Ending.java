package fi.kuuleva.campaign.attempts;

import java.time.Instant;
import java.util.Optional;

/** Chooses the ended state from the outcome and the retry decision. */
final class Ending {
    static final String LOST = "still open when the scheduler restarted; the outcome was never recorded";

    private Ending() {
    }

    static EndedAttempt of(AttemptKey key, Instant queuedAt, Optional<Instant> startedAt, Instant endedAt,
                           AttemptOutcome outcome, RetryDecision next, String what) {
        if (endedAt.isBefore(startedAt.orElse(queuedAt))) {
            throw new IllegalArgumentException("an attempt cannot end before it started");
        }
        if (next instanceof RetryAt retry) {
            return new RetriedAttempt(key, queuedAt, startedAt, endedAt, outcome, retry.at(), what + "; call again");
        }
        Final stop = (Final) next;
        if (outcome.isFinal()) {
            return new CompletedAttempt(key, queuedAt, startedAt, endedAt, outcome, what);
        }
        return new FailedAttempt(key, queuedAt, startedAt, endedAt, outcome, stop.reason(), what + "; " + stop.detail());
    }

    static String describe(AttemptOutcome outcome) {
        return switch (outcome) {
            case ANSWERED -> "answered, but the survey never reported an outcome";
            case BUSY -> "busy";
            case NO_ANSWER -> "no answer";
            case FAILED -> "the call could not be placed";
            case MACHINE -> "an answering machine answered";
            case HUNG_UP_MID_SURVEY -> "hung up during the survey";
            case COMPLETED -> "survey completed";
            case REFUSED -> "declined to take part";
            case OPTED_OUT -> "asked not to be called again";
            case CALLBACK_REQUESTED -> "asked for a person to call back";
            case NO_RESPONSE -> "answered but did not respond";
        };
    }
}
