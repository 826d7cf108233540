package fi.kuuleva.dialler;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** What the dialler needs of a running campaign: which server dials it, and what a claim needs. */
@Introspected
record RunningCampaign(long id, String name, int maxAttempts, long surveyVersionId, @Nullable String asteriskServer, int priority) {
}
