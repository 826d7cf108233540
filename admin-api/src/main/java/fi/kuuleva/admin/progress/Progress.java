package fi.kuuleva.admin.progress;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads a campaign's progress snapshot. Thread-safe. */
@Singleton
public class Progress {

    private final ProgressRepository repository;
    private final Clock clock;

    public Progress(ProgressRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The progress now; empty when there is no such campaign. */
    public Optional<CampaignProgress> of(long campaignId) {
        return repository.counts(campaignId).map(counts -> {
            Map<String, Long> outcomes = new LinkedHashMap<>();
            repository.outcomes(campaignId).forEach(o -> outcomes.put(o.outcome(), o.respondents()));
            return new CampaignProgress(campaignId, counts.state(), new CampaignProgress.Respondents(counts.total(),
                    counts.pending(), counts.inCall(), counts.done()), outcomes, counts.attempts(),
                    counts.callsInProgress(), clock.instant());
        });
    }
}
