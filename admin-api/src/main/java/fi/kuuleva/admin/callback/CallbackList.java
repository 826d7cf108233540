package fi.kuuleva.admin.callback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/**
 * Call-back requests with the resident's number, language and preferred time of day, oldest first; those of callers
 * to the survey number who are not respondents carry the number they called from, and failed transfers are marked.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CallbackList extends GenericRepository<CallbackRequest, Long> {

    String ROWS = "SELECT c.id, c.campaign_id, COALESCE(r.phone_e164, c.caller_phone) AS phone, r.language,"
            + " c.requested_at, c.at_step, c.preferred_time, c.transfer_failed, c.respondent_id IS NULL AS caller_only,"
            + " c.handled_at, c.handled_by, c.note"
            + " FROM callback_requests c LEFT JOIN respondents r ON r.id = c.respondent_id";

    /** Requests of one campaign (null: all), only the unhandled ones when {@code openOnly}. */
    @Query(ROWS + " WHERE (CAST(:campaignId AS bigint) IS NULL OR c.campaign_id = :campaignId)"
            + " AND (NOT :openOnly OR c.handled_at IS NULL) ORDER BY c.requested_at, c.id")
    List<CallbackRow> rows(@Nullable Long campaignId, boolean openOnly);

    @Query(ROWS + " WHERE c.id = :id")
    Optional<CallbackRow> row(long id);
}
