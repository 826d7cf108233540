package fi.kuuleva.admin.campaign;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * An officer's campaign settings, checked field by field: what a create or an update stores.
 *
 * @param callingWindows JSON as the dispatcher reads it
 * @param retryPolicy    JSON with delays by attempt outcome, as the dispatcher reads it
 */
public record CampaignDraft(String name, long surveyVersionId, @Nullable LocalDate startDate,
                            @Nullable LocalDate endDate, String callingWindows, String retryPolicy, int maxAttempts,
                            int priority, @Nullable String asteriskServer) {

    /** The stored campaign these settings make, keeping what settings do not change. */
    Campaign applyTo(@Nullable Long id, CampaignState state, @Nullable java.time.Instant createdAt) {
        return new Campaign(id, name, surveyVersionId, state, startDate, endDate, callingWindows, retryPolicy,
                maxAttempts, priority, asteriskServer, createdAt);
    }
}
