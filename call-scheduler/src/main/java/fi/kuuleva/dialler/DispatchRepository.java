package fi.kuuleva.dialler;

import fi.kuuleva.calls.StoredAttempt;
import fi.kuuleva.campaign.attempts.AttemptStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The dispatcher's SQL. Callers hold the transaction ({@link DispatchStore}); statements only store. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DispatchRepository extends GenericRepository<StoredAttempt, Long> {

    String RUNNING = "SELECT id, name, max_attempts, survey_version_id, asterisk_server, priority FROM campaigns"
            + " WHERE state = 'RUNNING'";
    String OPEN = "SELECT a.id AS attempt_id, a.respondent_id, a.campaign_id, a.attempt_no, a.state, a.instance_id,"
            + " a.queued_at, a.answered_at, a.survey_outcome, r.attempts AS respondent_attempts, c.max_attempts"
            + " FROM call_attempts a JOIN respondents r ON r.id = a.respondent_id"
            + " JOIN campaigns c ON c.id = a.campaign_id";
    String IS_OPEN = "a.state IN ('QUEUED', 'IN_PROGRESS')";

    /** Running campaigns, highest priority first. */
    @Query(RUNNING + " ORDER BY priority DESC, id")
    List<RunningCampaign> findRunning();

    /** How many of the campaign's respondents are still to be called or in a call. */
    @Query("SELECT count(*) FROM respondents WHERE campaign_id = :campaignId AND status IN ('PENDING', 'IN_CALL')")
    long countWaiting(long campaignId);

    /** Running campaigns, highest priority first, share-locked: a state change waits for claims in progress. */
    @Query(RUNNING + " ORDER BY priority DESC, id FOR SHARE")
    List<RunningCampaign> lockRunning();

    @Query(RUNNING + " AND id IN (:ids) ORDER BY priority DESC, id FOR SHARE")
    List<RunningCampaign> lockRunning(Collection<Long> ids);

    @Query("UPDATE call_attempts SET state = 'IN_PROGRESS', started_at = COALESCE(started_at, :at),"
            + " asterisk_server = COALESCE(:asteriskServer, asterisk_server)"
            + " WHERE id = :attemptId AND state IN ('QUEUED', 'IN_PROGRESS')")
    int start(long attemptId, Instant at, @Nullable String asteriskServer);

    @Query(OPEN + " WHERE a.id = :attemptId AND " + IS_OPEN + " FOR UPDATE OF a")
    Optional<OpenAttempt> lockOpen(long attemptId);

    @Query(OPEN + " WHERE a.instance_id = :instanceId AND " + IS_OPEN + " ORDER BY a.id FOR UPDATE OF a SKIP LOCKED")
    List<OpenAttempt> lockOpenOf(String instanceId);

    @Query(OPEN + " WHERE a.queued_at < :queuedBefore AND " + IS_OPEN + " ORDER BY a.id FOR UPDATE OF a SKIP LOCKED")
    List<OpenAttempt> lockOpenQueuedBefore(Instant queuedBefore);

    @Query(OPEN + " WHERE " + IS_OPEN + " AND EXISTS (SELECT 1 FROM line_leases l WHERE l.attempt_id = a.id"
            + " AND l.expires_at <= :now) ORDER BY a.id FOR UPDATE OF a SKIP LOCKED")
    List<OpenAttempt> lockOpenWithLapsedLine(Instant now);

    @Query("UPDATE call_attempts SET state = :state, outcome = :outcome, reason = :reason,"
            + " hangup_cause = :hangupCause, ended_at = :endedAt"
            + " WHERE id = :attemptId AND state IN ('QUEUED', 'IN_PROGRESS')")
    int end(long attemptId, AttemptStatus state, String outcome, @Nullable String reason, @Nullable String hangupCause,
            Instant endedAt);

    /**
     * Ends the respondent's call: back to {@code status} with the outcome, except that a number listed as
     * do-not-call meanwhile (an officer, or the resident's 9 in another campaign) is closed instead of waiting for a
     * claim that will never pick it, which would keep its campaign from completing.
     */
    @Query("UPDATE respondents SET"
            + " status = CASE WHEN :status = 'PENDING' AND EXISTS (SELECT 1 FROM do_not_call d"
            + "   WHERE d.phone_e164 = respondents.phone_e164) THEN 'DONE' ELSE :status END,"
            + " last_outcome = CASE WHEN :status = 'PENDING' AND EXISTS (SELECT 1 FROM do_not_call d"
            + "   WHERE d.phone_e164 = respondents.phone_e164) THEN 'DO_NOT_CALL' ELSE :outcome END,"
            + " next_attempt_at = COALESCE(:nextAttemptAt, next_attempt_at)"
            + " WHERE id = :respondentId AND status = 'IN_CALL'")
    int release(long respondentId, String status, String outcome, @Nullable Instant nextAttemptAt);

    @Query("DELETE FROM call_attempts WHERE id = :attemptId AND state = 'QUEUED'")
    int deleteQueued(long attemptId);

    @Query("UPDATE respondents SET status = 'PENDING', attempts = attempts - 1, next_attempt_at = :nextAttemptAt"
            + " WHERE id = :respondentId AND status = 'IN_CALL' AND attempts > 0")
    int unclaim(long respondentId, Instant nextAttemptAt);

    @Query("UPDATE respondents SET status = 'DONE', attempts = attempts - 1, last_outcome = :outcome"
            + " WHERE id = :respondentId AND status = 'IN_CALL' AND attempts > 0")
    int unclaimDone(long respondentId, String outcome);

    @Query("SELECT survey_outcome FROM call_attempts WHERE id = :attemptId")
    Optional<String> surveyOutcome(long attemptId);
}
