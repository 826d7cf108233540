package fi.kuuleva.calls;

import fi.kuuleva.calls.StoredAttempt;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** What the call side reads and writes of an attempt. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface JournalRepository extends GenericRepository<StoredAttempt, Long> {

    @Query("SELECT a.id AS attempt_id, a.respondent_id, a.campaign_id, a.state, r.phone_e164, r.language,"
            + " c.survey_version_id, (SELECT e.language FROM call_attempts e WHERE e.respondent_id = a.respondent_id"
            + " AND e.id <> a.id AND e.language IS NOT NULL ORDER BY e.id DESC LIMIT 1) AS earlier_language,"
            + " r.voicemail_left_at IS NOT NULL AS voicemail_left"
            + " FROM call_attempts a JOIN respondents r ON r.id = a.respondent_id"
            + " JOIN campaigns c ON c.id = a.campaign_id WHERE a.id = :attemptId")
    Optional<AttemptContext> context(long attemptId);

    @Query("UPDATE call_attempts SET state = 'IN_PROGRESS', started_at = COALESCE(started_at, :at),"
            + " answered_at = COALESCE(answered_at, :at) WHERE id = :attemptId AND state IN ('QUEUED', 'IN_PROGRESS')")
    int markAnswered(long attemptId, Instant at);

    /** Notes the first time the survey's message was left on the respondent's answering machine. */
    @Query("UPDATE respondents SET voicemail_left_at = COALESCE(voicemail_left_at, :at) WHERE id = :respondentId")
    int markVoicemailLeft(long respondentId, Instant at);

    /** {@code transfer}: CONNECTED or NOT_ANSWERED when the caller was being put through to a person. */
    @Query("UPDATE call_attempts SET language = COALESCE(:language, language), consent = COALESCE(:consent, consent),"
            + " survey_outcome = COALESCE(:surveyOutcome, survey_outcome), last_step = COALESCE(:lastStep, last_step),"
            + " transfer = COALESCE(:transfer, transfer) WHERE id = :attemptId")
    int noteSurvey(long attemptId, @Nullable String language, @Nullable Boolean consent,
                   @Nullable String surveyOutcome, @Nullable String lastStep, @Nullable String transfer);
}
