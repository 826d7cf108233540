package fi.kuuleva.dialler;

import fi.kuuleva.campaign.schedule.FinnishHolidays;
import fi.kuuleva.campaign.schedule.Holidays;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends, every {@code kuuleva.dispatcher.stale-check} (1 min), the open attempts of any instance queued longer ago
 * than {@code kuuleva.dispatcher.max-call}: their instance died and did not come back, or their end was never
 * reported. Safe with several instances (the store skips attempts another transaction holds).
 */
@Singleton
@Requires(property = "kuuleva.dispatcher.enabled", value = "true", defaultValue = "true")
public class StaleAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(StaleAttempts.class);

    private final DispatchStore store;
    private final DispatcherConfig config;
    private final Clock clock;
    private final LostAttempts lost;

    StaleAttempts(DispatchStore store, CampaignRuleSource campaigns, DispatcherConfig config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        Holidays holidays = config.publicHolidays() ? new FinnishHolidays() : Holidays.none();
        this.lost = new LostAttempts(campaigns, holidays);
    }

    @Scheduled(fixedDelay = "${kuuleva.dispatcher.stale-check:1m}",
            initialDelay = "${kuuleva.dispatcher.stale-check:1m}")
    void check() {
        try {
            endStale();
        } catch (RuntimeException e) {
            LOG.error("stale attempts could not be ended; trying again at the next check", e);
        }
    }

    /** Ends the stale attempts now and returns them. */
    public List<Reconciled> endStale() {
        Instant now = clock.instant();
        List<Reconciled> ended = store.reconcileStale(now.minus(config.maxCall()), now, lost);
        for (Reconciled stale : ended) {
            LOG.warn("attempt {} of instance {} open for more than {}: ended {}", stale.attempt().attemptId(),
                    stale.attempt().instanceId(), config.maxCall(), stale.end().outcome());
        }
        return ended;
    }
}
