package fi.kuuleva.campaign.attempts;

import java.time.Instant;
import java.util.Optional;

/** An attempt that is over, with its outcome and a reason an officer can read (never the number). */
public sealed interface EndedAttempt extends CallAttempt permits CompletedAttempt, RetriedAttempt, FailedAttempt {

    /** Empty when the attempt was lost on restart before it was dialled. */
    Optional<Instant> startedAt();

    Instant endedAt();

    AttemptOutcome outcome();

    String reason();
}
