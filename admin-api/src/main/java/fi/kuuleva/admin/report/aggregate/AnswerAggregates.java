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
        return drain(AggregateStatements.DRAIN, limit);
    }

    /** Applies up to {@code limit} response changes (respondents, attempts) in one transaction. */
    @Transactional
    public Drained drainResponses(int limit) {
        return drain(ResponseStatements.DRAIN, limit);
    }

    private Drained drain(String sql, int limit) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setInt(1, limit);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Drained(row.getLong("events"), row.getLong("cells"));
            }
        });
    }

    /** Applies answer and response changes until none is left; returns how many. */
    public long drainAll(int batch) {
        long total = 0;
        Drained answers;
        Drained responses;
        do {
            answers = drain(batch);
            responses = drainResponses(batch);
            total += answers.events() + responses.events();
        } while (answers.events() == batch || responses.events() == batch);
        return total;
    }

    /**
     * Replaces the version's answer and response counts by a recount of its answers, respondents and attempts.
     * Writers wait until it commits (nothing is lost: later changes are counted by the route as usual).
     */
    @Transactional
    public long rebuild(long versionId) {
        jdbc.prepareStatement(AggregateStatements.LOCK, PreparedStatement::execute);
        jdbc.prepareStatement(ResponseStatements.LOCK, PreparedStatement::execute);
        update(AggregateStatements.FORGET_EVENTS, versionId);
        update(AggregateStatements.FORGET_COUNTS, versionId);
        update(ResponseStatements.FORGET_EVENTS, versionId);
        update(ResponseStatements.FORGET_COUNTS, versionId);
        return update(AggregateStatements.REBUILD, versionId) + update(ResponseStatements.REBUILD, versionId);
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
                long response = responseDiffering(versionId);
                return new AggregateCheck(versionId, differing == 0 && response == 0, differing, response,
                        row.getLong("live_answers"), row.getLong("rebuilt_answers"), row.getLong("pending"));
            }
        });
    }

    private long responseDiffering(long versionId) {
        return jdbc.prepareStatement(ResponseStatements.CHECK, statement -> {
            for (int i = 1; i <= 3; i++) {
                statement.setLong(i, versionId);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong("differing");
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
