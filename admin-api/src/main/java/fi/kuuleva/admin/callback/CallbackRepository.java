package fi.kuuleva.admin.callback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Call-back requests: added by calls, listed for and handled by officers. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CallbackRepository extends GenericRepository<CallbackRequest, Long> {

    String OPEN = "SELECT c.id, c.campaign_id, c.respondent_id, r.phone_e164, r.language, r.municipality,"
            + " c.requested_at, c.at_step, c.preferred_time FROM callback_requests c JOIN respondents r ON r.id = c.respondent_id"
            + " WHERE c.handled_at IS NULL";

    Optional<CallbackRequest> findById(long id);

    List<CallbackRequest> findByRespondentId(long respondentId);

    /**
     * One request per attempt: recording the same sprint again adds nothing. {@code preferredTime} is a
     * {@link fi.kuuleva.flow.CallbackTime} name.
     */
    @Query("INSERT INTO callback_requests (respondent_id, campaign_id, attempt_id, at_step, preferred_time,"
            + " transfer_failed, requested_at) VALUES (:respondentId, :campaignId, :attemptId, :atStep, :preferredTime,"
            + " :transferFailed, :requestedAt) ON CONFLICT (attempt_id) DO NOTHING")
    int addForAttempt(long respondentId, long campaignId, long attemptId, @Nullable String atStep,
                      String preferredTime, boolean transferFailed, Instant requestedAt);

    /** A request from a caller to the survey number who is not a respondent due in it, kept by their number. */
    @Query("INSERT INTO callback_requests (caller_phone, campaign_id, at_step, preferred_time, transfer_failed,"
            + " requested_at) VALUES (:callerPhone, :campaignId, :atStep, :preferredTime, :transferFailed,"
            + " :requestedAt)")
    int addForCaller(String callerPhone, long campaignId, @Nullable String atStep, String preferredTime,
                     boolean transferFailed, Instant requestedAt);

    @Query(OPEN + " AND c.campaign_id = :campaignId ORDER BY c.requested_at, c.id")
    List<OpenCallback> findOpen(long campaignId);

    @Query(OPEN + " ORDER BY c.requested_at, c.id")
    List<OpenCallback> findOpen();

    @Query("UPDATE callback_requests SET handled_at = :at, handled_by = :handledBy, note = :note"
            + " WHERE id = :id AND handled_at IS NULL")
    int markHandled(long id, String handledBy, @Nullable String note, Instant at);
}
