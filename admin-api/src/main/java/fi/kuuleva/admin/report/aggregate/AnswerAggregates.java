package fi.kuuleva.admin.report.aggregate;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The answer counts: applies answer changes exactly once, rebuilds a version's counts from its answers and checks
 * that live and rebuilt counts agree. Plain JDBC: Micronaut Data would read a statement with data-modifying CTEs as
 * a query. Thread-safe; several consumers may drain at once.
 */
@Singleton
public class AnswerAggregates {

    private final JdbcOperations jdbc;

    public AnswerAggregates(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies up to {@code limit} answer changes in one transaction (the caller's, if any). */
    @Transactional
    public Drained drain(int limit) {
        return jdbc.prepareStatement(AggregateStatements.DRAIN, statement -> {
            statement.setInt(1, limit);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Drained(row.getLong("events"), row.getLong("cells"));
            }
        });
    }

    /** Applies answer changes until none is left; returns how many. */
    public long drainAll(int batch) {
        long total = 0;
        Drained step;
        do {
            step = drain(batch);
            total += step.events();
        } while (step.events() == batch);
        return total;
    }

    /**
     * Replaces the version's counts by a recount of its answers. Answer writes wait until it commits (they are
     * not lost: those after it are counted by the route as usual).
     */
    @Transactional
    public long rebuild(long versionId) {
        jdbc.prepareStatement(AggregateStatements.LOCK, PreparedStatement::execute);
        update(AggregateStatements.FORGET_EVENTS, versionId);
        update(AggregateStatements.FORGET_COUNTS, versionId);
        return update(AggregateStatements.REBUILD, versionId);
    }

    /** Compares live and rebuilt counts of one version without changing either. */
    @Transactional(readOnly = true)
    public AggregateCheck check(long versionId) {
        return jdbc.prepareStatement(AggregateStatements.CHECK, statement -> {
            for (int i = 1; i <= 5; i++) {
                statement.setLong(i, versionId);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                long differing = row.getLong("differing");
                return new AggregateCheck(versionId, differing == 0, differing, row.getLong("live_answers"),
                        row.getLong("rebuilt_answers"), row.getLong("pending"));
            }
        });
    }

    private int update(String sql, long versionId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, versionId);
            return statement.executeUpdate();
        });
    }
}
