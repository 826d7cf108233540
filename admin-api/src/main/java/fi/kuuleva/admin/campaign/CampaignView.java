package fi.kuuleva.admin.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A campaign as officers see it ({@code docs/api.md}, "Campaigns"). */
@Serdeable
public record CampaignView(long id, String name, long surveyVersionId, String state, @Nullable LocalDate startDate,
                           @Nullable LocalDate endDate, List<WindowBody> callingWindows,
                           Map<String, String> retryPolicy, int maxAttempts, int priority,
                           @Nullable String asteriskServer, @Nullable Instant createdAt) {

    public static CampaignView of(StoredCampaign campaign) {
        Map<String, String> retry = new LinkedHashMap<>();
        for (Map.Entry<String, Duration> delay : campaign.retryPolicy().byKey().entrySet()) {
            retry.put(delay.getKey(), delay.getValue().toString());
        }
        List<WindowBody> windows = campaign.callingWindows().stream().map(WindowBody::of).toList();
        return new CampaignView(campaign.id(), campaign.name(), campaign.surveyVersionId(), campaign.state().name(),
                campaign.startDate(), campaign.endDate(), windows, retry, campaign.maxAttempts(), campaign.priority(),
                campaign.asteriskServer(), campaign.createdAt());
    }
}
