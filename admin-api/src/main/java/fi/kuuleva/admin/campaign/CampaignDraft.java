package fi.kuuleva.admin.campaign;

import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.campaign.schedule.RetryRules;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * An officer's campaign settings, checked field by field: what a create or an update stores.
 *
 * @param retryPolicy the officer's delays by attempt outcome, over the defaults
 */
public record CampaignDraft(String name, long surveyVersionId, @Nullable LocalDate startDate,
                            @Nullable LocalDate endDate, List<CallingWindow> callingWindows, RetryRules retryPolicy,
                            int maxAttempts, int priority, @Nullable String asteriskServer) {

    /** The stored campaign these settings make, keeping what settings do not change. */
    StoredCampaign applyTo(@Nullable Long id, CampaignState state, @Nullable java.time.Instant createdAt) {
        return new StoredCampaign(id, name, surveyVersionId, state, startDate, endDate, callingWindows, retryPolicy,
                maxAttempts, priority, asteriskServer, createdAt);
    }
}
