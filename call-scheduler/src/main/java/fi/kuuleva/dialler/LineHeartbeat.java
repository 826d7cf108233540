package fi.kuuleva.dialler;

import fi.kuuleva.campaign.schedule.FinnishHolidays;
import fi.kuuleva.campaign.schedule.Holidays;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code kuuleva.lines.heartbeat}: renews this instance's line leases, then ends the attempts of any instance
 * whose leases lapsed (it died or lost the database), so their residents are called again and their lines are free.
 * Safe with several instances (the store skips attempts another transaction holds).
 */
@Singleton
@Requires(property = "kuuleva.dispatcher.enabled", value = "true", defaultValue = "true")
public class LineHeartbeat {

    private static final Logger LOG = LoggerFactory.getLogger(LineHeartbeat.class);

    private final StoredLines lines;
    private final DispatchStore store;
    private final Clock clock;
    private final LostAttempts lost;

    LineHeartbeat(StoredLines lines, DispatchStore store, CampaignRuleSource campaigns, DispatcherConfig config,
                  Clock clock) {
        this.lines = lines;
        this.store = store;
        this.clock = clock;
        Holidays holidays = config.publicHolidays() ? new FinnishHolidays() : Holidays.none();
        this.lost = new LostAttempts(campaigns, holidays);
    }

    @Scheduled(fixedDelay = "${kuuleva.lines.heartbeat:10s}")
    void beat() {
        try {
            lines.renew();
            endLapsed();
        } catch (RuntimeException e) {
            LOG.error("line leases could not be renewed; trying again at the next heartbeat", e);
        }
    }

    /** Ends the attempts whose line lapsed and returns them. */
    public List<Reconciled> endLapsed() {
        List<Reconciled> ended = store.reconcileLapsed(clock.instant(), lost);
        for (Reconciled lapsed : ended) {
            LOG.warn("attempt {} of instance {}: its line lapsed (instance gone); ended {}",
                    lapsed.attempt().attemptId(), lapsed.attempt().instanceId(), lapsed.end().outcome());
        }
        return ended;
    }
}
