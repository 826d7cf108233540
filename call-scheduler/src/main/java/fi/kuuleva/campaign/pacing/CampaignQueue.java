package fi.kuuleva.campaign.pacing;

import fi.kuuleva.campaign.CampaignId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A running campaign's respondents ready to call now (in the order the campaign wants them called), with its
 * priority, its calls in flight and when it last started a call (empty if never).
 */
public record CampaignQueue<T>(CampaignId campaign, int priority, int inFlight, Optional<Instant> lastStartedAt,
                               List<T> ready) {
    public CampaignQueue {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(lastStartedAt, "lastStartedAt");
        ready = List.copyOf(ready);
    }
}
