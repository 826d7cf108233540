package fi.kuuleva.dialler;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The SQL of line leases (tables asterisk_lines and line_leases), in the caller's transaction over plain JDBC (an
 * upsert, a row lock and {@code INSERT ... RETURNING}). A lease counts while {@code expires_at} is after now.
 */
@Singleton
class LineStatements {

    private final JdbcOperations jdbc;

    LineStatements(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks {@code server}'s row until the transaction ends, creating it with a full start-rate bucket, and returns
     * its bucket's theoretical arrival: every taker of the server's lines passes here, one at a time.
     */
    Instant lockServer(String server, Instant now) {
        jdbc.prepareStatement("INSERT INTO asterisk_lines (server, theoretical_arrival) VALUES (?, ?)"
                + " ON CONFLICT (server) DO NOTHING", statement -> {
            statement.setString(1, server);
            statement.setObject(2, utc(now));
            return statement.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT theoretical_arrival FROM asterisk_lines WHERE server = ? FOR UPDATE",
                statement -> {
                    statement.setString(1, server);
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getObject(1, OffsetDateTime.class).toInstant();
                    }
                });
    }

    /** The server's leases that have not lapsed. */
    int inUse(String server, Instant now) {
        return jdbc.prepareStatement("SELECT count(*) FROM line_leases WHERE server = ? AND expires_at > ?",
                statement -> {
                    statement.setString(1, server);
                    statement.setObject(2, utc(now));
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getInt(1);
                    }
                });
    }

    void keepBucket(String server, Instant theoreticalArrival) {
        jdbc.prepareStatement("UPDATE asterisk_lines SET theoretical_arrival = ? WHERE server = ?", statement -> {
            statement.setObject(1, utc(theoreticalArrival));
            statement.setString(2, server);
            return statement.executeUpdate();
        });
    }

    /** A new lease, for the attempt if one is given; returns its id. */
    long lease(String server, String holder, @Nullable Long attemptId, Instant now, Instant expiresAt) {
        return jdbc.prepareStatement("INSERT INTO line_leases (server, holder, attempt_id, taken_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING id", statement -> {
            statement.setString(1, server);
            statement.setString(2, holder);
            if (attemptId == null) {
                statement.setNull(3, Types.BIGINT);
            } else {
                statement.setLong(3, attemptId);
            }
            statement.setObject(4, utc(now));
            statement.setObject(5, utc(expiresAt));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    int giveBack(long leaseId) {
        return update("DELETE FROM line_leases WHERE id = ?", leaseId);
    }

    int giveBackOfAttempt(long attemptId) {
        return update("DELETE FROM line_leases WHERE attempt_id = ?", attemptId);
    }

    /** Renews the holder's leases that have not lapsed, to {@code expiresAt}; a lapsed one may be counted free. */
    int renew(String holder, Instant now, Instant expiresAt) {
        return jdbc.prepareStatement("UPDATE line_leases SET expires_at = ? WHERE holder = ? AND expires_at > ?",
                statement -> {
                    statement.setObject(1, utc(expiresAt));
                    statement.setString(2, holder);
                    statement.setObject(3, utc(now));
                    return statement.executeUpdate();
                });
    }

    /** Deletes lapsed leases of no attempt (a lapsed attempt's lease goes when its attempt is ended). */
    int sweep(Instant now) {
        return jdbc.prepareStatement("DELETE FROM line_leases WHERE expires_at <= ? AND attempt_id IS NULL",
                statement -> {
                    statement.setObject(1, utc(now));
                    return statement.executeUpdate();
                });
    }

    /** Deletes every lease of the holder (it stopped: its calls are over). */
    int giveBackAll(String holder) {
        return jdbc.prepareStatement("DELETE FROM line_leases WHERE holder = ?", statement -> {
            statement.setString(1, holder);
            return statement.executeUpdate();
        });
    }

    private int update(String sql, long id) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate();
        });
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
