package fi.kuuleva.admin.campaign;

import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.campaign.schedule.RetryRules;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A calling round of one pinned survey version.
 *
 * @param callingWindows a JSON column ({@link CallingWindowSerde}), read by the scheduling policies (call-scheduler)
 * @param retryPolicy    a JSON column ({@link RetryRulesSerde}), read by the retry decision (call-scheduler)
 * @param priority       higher is dialled first when several campaigns run
 */
@MappedEntity("campaigns")
public record StoredCampaign(@Id @GeneratedValue @Nullable Long id, String name, long surveyVersionId, CampaignState state,
                       @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                       @TypeDef(type = DataType.JSON) List<CallingWindow> callingWindows,
                       @TypeDef(type = DataType.JSON) RetryRules retryPolicy,
                       int maxAttempts, int priority, @Nullable String asteriskServer,
                       @DateCreated @Nullable Instant createdAt) {

    /** A draft campaign with no windows or retry policy yet. */
    public static StoredCampaign draft(String name, long surveyVersionId, int maxAttempts, int priority) {
        return new StoredCampaign(null, name, surveyVersionId, CampaignState.DRAFT, null, null, List.of(),
                RetryRules.none(), maxAttempts, priority, null, null);
    }
}
