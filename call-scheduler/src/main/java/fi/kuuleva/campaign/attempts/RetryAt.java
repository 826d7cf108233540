package fi.kuuleva.campaign.attempts;

import java.time.Instant;
import java.util.Objects;

/** Call again no earlier than {@code at}, which is inside a calling window and not on a holiday. */
public record RetryAt(Instant at) implements RetryDecision {
    public RetryAt {
        Objects.requireNonNull(at, "at");
    }
}
