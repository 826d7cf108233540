package fi.kuuleva.admin.privacy;

import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.cluster.ClusterLeader;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes recordings and erases phone numbers past their retention time ({@link RetentionConfig}), hourly and a
 * minute after start (a caller's number on a call-back request about an ended campaign goes with the request), on the
 * cluster's leader only ({@link ClusterLeader}); a sweep would also be safe on several instances at once (rows are
 * locked, file deletion is idempotent).
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final PrivacyRepository repository;
    private final Deidentifier deidentifier;
    private final RetentionConfig config;
    private final Auditor audit;
    private final Clock clock;
    private final ClusterLeader leader;

    public RetentionJob(PrivacyRepository repository, Deidentifier deidentifier, RetentionConfig config,
                        Auditor audit, Clock clock, ClusterLeader leader) {
        this.leader = leader;
        this.repository = repository;
        this.deidentifier = deidentifier;
        this.config = config;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${kuuleva.retention.interval:1h}", initialDelay = "${kuuleva.retention.first-run:1m}")
    void scheduled() {
        if (!leader.leads()) {
            return;
        }
        RetentionSweep swept = run();
        if (swept.recordings() > 0 || swept.phoneNumbers() > 0) {
            LOG.info("Retention: {} recordings deleted, {} phone numbers erased", swept.recordings(),
                    swept.phoneNumbers());
        }
    }

    @Transactional
    public RetentionSweep run() {
        Instant now = clock.instant();
        int recordings = deidentifier.recordingsAnsweredBefore(now.minus(config.recordings()));
        var numbers = deidentifier.respondents(
                repository.lockNumbersOfCampaignsEndedBefore(now.minus(config.phoneNumbers())), now);
        // callers to the survey number who were not respondents: their numbers go with the campaign's
        int callers = repository.forgetCallerRequestsOfCampaignsEndedBefore(now.minus(config.phoneNumbers()));
        if (recordings > 0 || numbers.respondents() > 0 || callers > 0) {
            audit.record("retention", "retention.sweep", "respondents", Map.of("recordings", recordings,
                    "phoneNumbers", numbers.respondents() + callers, "recordingsWithNumbers", numbers.recordings()));
        }
        return new RetentionSweep(recordings + numbers.recordings(), numbers.respondents() + callers);
    }
}
