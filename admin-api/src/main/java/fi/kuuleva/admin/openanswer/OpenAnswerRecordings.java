package fi.kuuleva.admin.openanswer;

import fi.kuuleva.admin.campaign.StoredCampaign;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** The open-answer recordings of a campaign's attempts that retention and erasure have not deleted yet. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OpenAnswerRecordings extends GenericRepository<StoredCampaign, Long> {

    /** Newest first, a page at a time ({@code before} an answer id). */
    @Query("""
            SELECT an.id AS answer_id, an.attempt_id, an.respondent_id, an.question_id, an.answered_at
            FROM answers an JOIN call_attempts a ON a.id = an.attempt_id
            WHERE a.campaign_id = :campaignId AND an.recording_path IS NOT NULL AND an.id < :before
            ORDER BY an.id DESC LIMIT :limit""")
    List<OpenAnswerRecording> page(long campaignId, long before, int limit);

    /** Where the recording of {@code answerId} is, if that answer belongs to the campaign and still has one. */
    @Query("""
            SELECT an.recording_path FROM answers an JOIN call_attempts a ON a.id = an.attempt_id
            WHERE a.campaign_id = :campaignId AND an.id = :answerId AND an.recording_path IS NOT NULL""")
    Optional<String> path(long campaignId, long answerId);
}
