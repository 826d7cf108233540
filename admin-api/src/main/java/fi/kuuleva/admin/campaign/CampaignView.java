package fi.kuuleva.admin.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A campaign as officers see it ({@code docs/api.md}, "Campaigns"). */
@Serdeable
public record CampaignView(long id, String name, long surveyVersionId, String state, @Nullable LocalDate startDate,
                           @Nullable LocalDate endDate, List<Window> callingWindows, Map<String, String> retryPolicy,
                           int maxAttempts, int priority, @Nullable String asteriskServer,
                           @Nullable Instant createdAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Serdeable
    public record Window(String days, String from, String to) {
    }

    public static CampaignView of(Campaign campaign) {
        List<Window> windows = new ArrayList<>();
        for (JsonNode window : read(campaign.callingWindows())) {
            windows.add(new Window(window.path("days").asText(), window.path("from").asText(),
                    window.path("to").asText()));
        }
        Map<String, String> retry = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = read(campaign.retryPolicy()).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> delay = it.next();
            RetryKeys.key(delay.getKey()).ifPresent(key -> retry.put(key, delay.getValue().asText()));
        }
        return new CampaignView(campaign.id(), campaign.name(), campaign.surveyVersionId(), campaign.state().name(),
                campaign.startDate(), campaign.endDate(), windows, retry, campaign.maxAttempts(), campaign.priority(),
                campaign.asteriskServer(), campaign.createdAt());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null || json.isBlank() ? "{}" : json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
