package fi.kuuleva.admin.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Failed logins per key in PostgreSQL, so that every instance of the service counts the same failures. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginFailures extends GenericRepository<LoginFailure, String> {

    List<LoginFailure> findByKeyIn(List<String> keys);

    /** One more failure of {@code key}: counted in its window, or the first of a new one if that began too long ago. */
    @Query("""
            INSERT INTO login_failures (key, failures, first_at) VALUES (:key, 1, :now)
            ON CONFLICT (key) DO UPDATE SET
                failures = CASE WHEN login_failures.first_at <= :windowStart THEN 1 ELSE login_failures.failures + 1 END,
                first_at = CASE WHEN login_failures.first_at <= :windowStart THEN :now ELSE login_failures.first_at END""")
    void countFailure(String key, Instant now, Instant windowStart);

    void deleteByKey(String key);

    /** Forgets the keys whose window began at or before {@code windowStart}. */
    @Query("DELETE FROM login_failures WHERE first_at <= :windowStart")
    void forgetBefore(Instant windowStart);
}
