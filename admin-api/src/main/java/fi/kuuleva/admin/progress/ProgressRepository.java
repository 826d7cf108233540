package fi.kuuleva.admin.progress;

import fi.kuuleva.admin.campaign.StoredCampaign;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Counts for a campaign's progress, each one statement. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgressRepository extends GenericRepository<StoredCampaign, Long> {

    @Introspected
    record Counts(String state, long total, long pending, long inCall, long done, long attempts,
                  long callsInProgress) {
    }

    @Introspected
    record OutcomeCount(@Nullable String outcome, long respondents) {
    }

    @Query("""
            SELECT c.state,
                   (SELECT count(*) FROM respondents r WHERE r.campaign_id = c.id) AS total,
                   (SELECT count(*) FROM respondents r WHERE r.campaign_id = c.id AND r.status = 'PENDING') AS pending,
                   (SELECT count(*) FROM respondents r WHERE r.campaign_id = c.id AND r.status = 'IN_CALL') AS in_call,
                   (SELECT count(*) FROM respondents r WHERE r.campaign_id = c.id AND r.status = 'DONE') AS done,
                   (SELECT count(*) FROM call_attempts a WHERE a.campaign_id = c.id) AS attempts,
                   (SELECT count(*) FROM call_attempts a WHERE a.campaign_id = c.id
                       AND a.state IN ('QUEUED', 'IN_PROGRESS')) AS calls_in_progress
            FROM campaigns c WHERE c.id = :campaignId""")
    Optional<Counts> counts(long campaignId);

    @Query("SELECT last_outcome AS outcome, count(*) AS respondents FROM respondents"
            + " WHERE campaign_id = :campaignId AND last_outcome IS NOT NULL"
            + " GROUP BY last_outcome ORDER BY last_outcome")
    List<OutcomeCount> outcomes(long campaignId);
}
