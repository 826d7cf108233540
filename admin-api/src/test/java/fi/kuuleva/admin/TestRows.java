package fi.kuuleva.admin;

import fi.kuuleva.calls.StoredAttempt;
import fi.kuuleva.campaign.attempts.AttemptStatus;
import fi.kuuleva.survey.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Bulk rows and counts for tests and the benchmark, in SQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TestRows extends GenericRepository<StoredAttempt, Long> {

    /** {@code count} respondents numbered +3584000000001.. from {@code firstNumber} on, due from {@code from}. */
    @Query("""
            INSERT INTO respondents (campaign_id, phone_e164, language, municipality, age_band, next_attempt_at)
            SELECT :campaignId, '+358' || CAST(4000000000 + g AS text), :language, 'Lappeenranta', '75-84', :from
            FROM generate_series(:firstNumber, :firstNumber + :count - 1) g""")
    int insertRespondents(long campaignId, long firstNumber, int count, @Nullable Language language, Instant from);

    @Query("SELECT count(*) FROM call_attempts WHERE campaign_id = :campaignId")
    long attemptCount(long campaignId);

    @Query("SELECT count(*) FROM call_attempts WHERE campaign_id = :campaignId AND state = :state")
    long attemptCount(long campaignId, AttemptStatus state);

    /** 1 when the attempt's survey ended with {@code surveyOutcome} (a {@code fi.kuuleva.flow.Outcome}), else 0. */
    @Query("SELECT count(*) FROM call_attempts WHERE id = :attemptId AND survey_outcome = :surveyOutcome")
    long attemptsEnded(long attemptId, String surveyOutcome);

    @Query("SELECT count(*) FROM respondents WHERE campaign_id = :campaignId AND attempts = :attempts")
    long respondentsWithAttempts(long campaignId, int attempts);

    @Query("SELECT count(*) FROM respondents WHERE campaign_id = :campaignId AND status = :status")
    long respondentsWithStatus(long campaignId, String status);

    /** Respondents with more than one open attempt, or whose attempt count differs from their attempt rows. */
    @Query("""
            SELECT count(*) FROM respondents r WHERE r.campaign_id = :campaignId AND (
                r.attempts <> (SELECT count(*) FROM call_attempts a WHERE a.respondent_id = r.id)
                OR (SELECT count(*) FROM call_attempts a WHERE a.respondent_id = r.id
                    AND a.state IN ('QUEUED', 'IN_PROGRESS')) > 1
                OR (r.status = 'IN_CALL') <> EXISTS (SELECT 1 FROM call_attempts a WHERE a.respondent_id = r.id
                    AND a.state IN ('QUEUED', 'IN_PROGRESS')))""")
    long inconsistentRespondents(long campaignId);

    @Query("SELECT count(*) FROM call_attempts WHERE campaign_id = :campaignId AND attempt_no = :attemptNo")
    long attemptsNumbered(long campaignId, int attemptNo);

    @Query("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name")
    List<String> tables();

    /** Numbers on the do-not-call list that are in no campaign: the claim's anti-join has rows to look at. */
    @Query("INSERT INTO do_not_call (phone_e164, reason, source) SELECT '+358' || CAST(5000000000 + g AS text),"
            + " 'benchmark', 'IMPORT' FROM generate_series(1, :count) g")
    int insertDoNotCall(int count);

    /** Whether some respondent has two attempts with one number (never) and how many attempts exist. */
    @Query("SELECT count(*) - count(DISTINCT (respondent_id, attempt_no)) FROM call_attempts")
    long duplicateAttemptNumbers();

    @Query("SELECT count(*) FROM call_attempts")
    long attempts();

    @Query(value = "ANALYZE", readOnly = false)
    void analyze();
}
