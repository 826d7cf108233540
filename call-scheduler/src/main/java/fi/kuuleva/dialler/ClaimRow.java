package fi.kuuleva.dialler;

import io.micronaut.core.annotation.Nullable;

/** A row of the claim query: the attempt created for a claimed respondent. */
record ClaimRow(long attemptId, long respondentId, int attemptNo, String phoneE164, @Nullable String language) {
}
