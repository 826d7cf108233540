package fi.kuuleva.admin.progress;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * A campaign's progress as a stream: the figures first, then whenever they change, and at least every keep-alive
 * interval. Each subscriber polls on its own; reads run on Reactor's bounded-elastic threads (JDBC blocks).
 */
@Singleton
public class ProgressStream {

    private final Progress progress;
    private final ProgressConfig config;

    public ProgressStream(Progress progress, ProgressConfig config) {
        this.progress = progress;
        this.config = config;
    }

    public Flux<CampaignProgress> of(long campaignId) {
        AtomicReference<CampaignProgress> last = new AtomicReference<>();
        return Flux.interval(java.time.Duration.ZERO, config.poll(), Schedulers.boundedElastic())
                .onBackpressureDrop()
                .concatMap(tick -> Flux.fromStream(progress.of(campaignId).stream()))
                .filter(now -> due(last.get(), now, config.keepAlive()))
                .doOnNext(last::set);
    }

    /** Whether {@code now} is sent after {@code previous}: the first, a change, or the keep-alive is due. */
    static boolean due(CampaignProgress previous, CampaignProgress now, java.time.Duration keepAlive) {
        return previous == null || !now.sameFiguresAs(previous) || !now.at().isBefore(previous.at().plus(keepAlive));
    }
}
