package fi.kuuleva.admin.dispatch;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** What a claim needs of a running campaign. */
@Introspected
record RunningCampaign(long id, int maxAttempts, long surveyVersionId, @Nullable String asteriskServer, int priority) {
}
