package fi.kuuleva.admin.progress;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One call attempt in a campaign's attempt log (officers only: it carries the number). {@code direction} is OUTBOUND
 * (the dialler called; {@code attemptNo} counts from 1) or INBOUND (the resident called the survey number; 0).
 */
@Introspected
@Serdeable
public record AttemptLogRow(long id, @Nullable String phone, String direction, int attemptNo, String state,
                         @Nullable String outcome, @Nullable String reason, @Nullable String hangupCause,
                         @Nullable String surveyOutcome, Instant queuedAt, @Nullable Instant answeredAt,
                         @Nullable Instant endedAt, @Nullable Integer durationSeconds) {
}
