package fi.kuuleva.admin.optout;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface DoNotCallRepository extends GenericRepository<DoNotCallEntry, String> {

    Optional<DoNotCallEntry> findById(String phoneE164);

    boolean existsById(String phoneE164);

    long count();

    @Query("SELECT * FROM do_not_call ORDER BY added_at DESC, phone_e164")
    List<DoNotCallEntry> newestFirst();

    /** Adds the number unless listed already (the first entry, its reason and time, stay). */
    @Query("INSERT INTO do_not_call (phone_e164, reason, added_at, source) VALUES (:phoneE164, :reason, :at, :source)"
            + " ON CONFLICT (phone_e164) DO NOTHING")
    int addIfAbsent(String phoneE164, @Nullable String reason, Instant at, DoNotCallSource source);

    /** Closes the number's pending respondents in every campaign, so that claims stop walking past them. */
    @Query("UPDATE respondents SET status = 'DONE', last_outcome = 'DO_NOT_CALL'"
            + " WHERE phone_e164 = :phoneE164 AND status = 'PENDING'")
    int closePending(String phoneE164);

    @Query("DELETE FROM do_not_call WHERE phone_e164 = :phoneE164")
    int remove(String phoneE164);

    /**
     * Reopens the number's respondents that the list closed ({@link #closePending}) in campaigns not yet over; a
     * respondent whose own call ended the campaign for them (e.g. key 9 pressed in it) stays done there.
     */
    @Query("UPDATE respondents SET status = 'PENDING', last_outcome = NULL WHERE phone_e164 = :phoneE164"
            + " AND status = 'DONE' AND last_outcome = 'DO_NOT_CALL' AND campaign_id IN"
            + " (SELECT id FROM campaigns WHERE state IN ('DRAFT', 'RUNNING', 'PAUSED'))")
    int reopenClosedByList(String phoneE164);
}
