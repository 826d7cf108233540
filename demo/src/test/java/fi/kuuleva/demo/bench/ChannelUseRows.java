package fi.kuuleva.demo.bench;

import fi.kuuleva.calls.StoredAttempt;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** The channel-use benchmark's view of a campaign's attempts. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ChannelUseRows extends GenericRepository<StoredAttempt, Long> {

    /** One attempt: when it was dialled and ended in the store. */
    @Introspected
    record Attempt(long id, Instant startedAt, @Nullable Instant endedAt, @Nullable String outcome) {
    }

    @Query("SELECT id, started_at, ended_at, outcome FROM call_attempts WHERE campaign_id = :campaignId"
            + " ORDER BY started_at")
    List<Attempt> attempts(long campaignId);
}
