package fi.kuuleva.admin.report.aggregate;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The answer counts and answer pair counts: applies answer changes exactly once, rebuilds a version's counts from its
 * answers and checks that live and rebuilt counts agree. Plain JDBC: Micronaut Data would read a statement with
 * data-modifying CTEs as a query. Thread-safe; of several consumers draining at once, one applies answer changes and
 * the others skip the round.
 */
@Singleton
public class AnswerAggregates {

    private final JdbcOperations jdbc;

    public AnswerAggregates(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies the answer changes (with their pair changes) of the writers of the first {@code limit} waiting ones in
     * one transaction (the caller's, if any); none while another consumer drains.
     */
    @Transactional
    public Drained drain(int limit) {
        boolean turn = jdbc.prepareStatement(AggregateStatements.TAKE_TURN, statement -> {
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
        return turn ? drain(AggregateStatements.DRAIN, limit) : new Drained(0, 0);
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
        } while (answers.events() >= batch || responses.events() == batch);
        return total;
    }

    /**
     * Replaces the version's answer and response counts by a recount of its answers, respondents and attempts.
     * Writers wait until it commits (nothing is lost: later changes are counted by the route as usual).
     */
    @Transactional
    public long rebuild(long versionId) {
        jdbc.prepareStatement(AggregateStatements.LOCK, PreparedStatement::execute);
        jdbc.prepareStatement(PairStatements.LOCK, PreparedStatement::execute);
        jdbc.prepareStatement(ResponseStatements.LOCK, PreparedStatement::execute);
        update(AggregateStatements.FORGET_EVENTS, versionId);
        update(AggregateStatements.FORGET_COUNTS, versionId);
        update(PairStatements.FORGET_EVENTS, versionId);
        update(PairStatements.FORGET_COUNTS, versionId);
        update(ResponseStatements.FORGET_EVENTS, versionId);
        update(ResponseStatements.FORGET_COUNTS, versionId);
        return update(AggregateStatements.REBUILD, versionId) + update(PairStatements.REBUILD, versionId)
                + update(ResponseStatements.REBUILD, versionId);
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
                long pairs = differing(PairStatements.CHECK, 3, versionId);
                long response = differing(ResponseStatements.CHECK, 3, versionId);
                return new AggregateCheck(versionId, differing == 0 && pairs == 0 && response == 0, differing,
                        pairs, response, row.getLong("live_answers"), row.getLong("rebuilt_answers"),
                        row.getLong("pending"));
            }
        });
    }

    private long differing(String sql, int parameters, long versionId) {
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 1; i <= parameters; i++) {
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
