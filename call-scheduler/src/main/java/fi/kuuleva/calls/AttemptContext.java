package fi.kuuleva.calls;

import fi.kuuleva.campaign.attempts.AttemptStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** An attempt with its respondent and the survey version its campaign pins; the number is null once erased. */
@Introspected
record AttemptContext(long attemptId, long respondentId, long campaignId, AttemptStatus state,
                      @Nullable String phoneE164,
                      @Nullable String language, long surveyVersionId) {
}
