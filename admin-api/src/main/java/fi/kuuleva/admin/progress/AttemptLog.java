package fi.kuuleva.admin.progress;

import fi.kuuleva.admin.campaign.StoredCampaign;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** A campaign's attempts, newest first, a page at a time ({@code before} an attempt id). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AttemptLog extends GenericRepository<StoredCampaign, Long> {

    @Query("""
            SELECT a.id, r.phone_e164 AS phone, a.direction, a.attempt_no, a.state, a.outcome, a.reason, a.hangup_cause,
                   a.survey_outcome, a.queued_at, a.answered_at, a.ended_at, a.duration_seconds
            FROM call_attempts a JOIN respondents r ON r.id = a.respondent_id
            WHERE a.campaign_id = :campaignId AND a.id < :before
            ORDER BY a.id DESC LIMIT :limit""")
    List<AttemptLogRow> page(long campaignId, long before, int limit);
}
