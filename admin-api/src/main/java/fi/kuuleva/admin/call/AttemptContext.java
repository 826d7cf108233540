package fi.kuuleva.admin.call;

import fi.kuuleva.admin.dispatch.AttemptState;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** An attempt with its respondent and the survey version its campaign pins; the number is null once erased. */
@Introspected
record AttemptContext(long attemptId, long respondentId, long campaignId, AttemptState state,
                      @Nullable String phoneE164,
                      @Nullable String language, long surveyVersionId) {
}
