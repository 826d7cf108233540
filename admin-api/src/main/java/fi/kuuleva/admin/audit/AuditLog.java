package fi.kuuleva.admin.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Append-only: entries are saved and read, never changed. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AuditLog extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    List<AuditEntry> findBySubjectOrderByAt(String subject);

    long count();

    /** The newest entries first, older than {@code before} (an id), at most {@code limit}. */
    @Query("SELECT * FROM audit_log WHERE id < :before ORDER BY id DESC LIMIT :limit")
    List<AuditEntry> newest(long before, int limit);
}
