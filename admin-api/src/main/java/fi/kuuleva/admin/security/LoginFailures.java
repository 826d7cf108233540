package fi.kuuleva.admin.security;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Login tries per key in PostgreSQL, so that every instance of the service counts the same tries: a try is claimed
 * before the password is checked and stays counted as a failure unless given back. Plain JDBC, because a claim must
 * tell whether its row changed ({@code INSERT ... RETURNING}). Thread-safe.
 */
@Singleton
class LoginFailures {

    /**
     * One more try of a key, only while it is under {@code max} in its window (or its window is over, when a new one
     * begins). The row lock of {@code ON CONFLICT DO UPDATE} makes the check and the count one step.
     */
    private static final String CLAIM = """
            INSERT INTO login_failures (key, failures, first_at) VALUES (?, 1, ?)
            ON CONFLICT (key) DO UPDATE SET
                failures = CASE WHEN login_failures.first_at <= ? THEN 1 ELSE login_failures.failures + 1 END,
                first_at = CASE WHEN login_failures.first_at <= ? THEN EXCLUDED.first_at ELSE login_failures.first_at END
            WHERE login_failures.first_at <= ? OR login_failures.failures < ?
            RETURNING key, failures, first_at""";

    private final TransactionOperations<Connection> transactions;

    LoginFailures(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Claims one try of every key (each with its own limit, taken in the order given), all or none: the claimed rows,
     * or empty when a key is at its limit (then nothing is counted).
     */
    Optional<List<LoginFailure>> claim(List<KeyLimit> keys, Instant now, Instant windowStart) {
        return transactions.executeWrite(status -> {
            List<LoginFailure> claimed = new ArrayList<>();
            try (PreparedStatement statement = status.getConnection().prepareStatement(CLAIM)) {
                for (KeyLimit key : keys) {
                    statement.setString(1, key.key());
                    statement.setTimestamp(2, Timestamp.from(now));
                    statement.setTimestamp(3, Timestamp.from(windowStart));
                    statement.setTimestamp(4, Timestamp.from(windowStart));
                    statement.setTimestamp(5, Timestamp.from(windowStart));
                    statement.setInt(6, key.max());
                    List<LoginFailure> rows = read(statement);
                    if (rows.isEmpty()) {
                        status.setRollbackOnly();
                        return Optional.empty();
                    }
                    claimed.addAll(rows);
                }
            }
            return Optional.of(claimed);
        });
    }

    /** Gives back one try of {@code claimed}'s key if its window is still the one the try was claimed in. */
    void giveBack(LoginFailure claimed) {
        transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT failures FROM login_failures WHERE key = ? AND first_at = ? FOR UPDATE")) {
                lock.setString(1, claimed.key());
                lock.setTimestamp(2, Timestamp.from(claimed.firstAt()));
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        return null;
                    }
                    String change = row.getInt(1) > 1
                            ? "UPDATE login_failures SET failures = failures - 1 WHERE key = ?"
                            : "DELETE FROM login_failures WHERE key = ?";
                    try (PreparedStatement update = connection.prepareStatement(change)) {
                        update.setString(1, claimed.key());
                        update.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    List<LoginFailure> find(List<String> keys) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT key, failures, first_at FROM login_failures WHERE key = ANY (?)")) {
                statement.setArray(1, status.getConnection().createArrayOf("text", keys.toArray()));
                return read(statement);
            }
        });
    }

    void delete(String key) {
        update("DELETE FROM login_failures WHERE key = ?", statement -> statement.setString(1, key));
    }

    /** Forgets the keys whose window began at or before {@code windowStart}. */
    void forgetBefore(Instant windowStart) {
        update("DELETE FROM login_failures WHERE first_at <= ?",
                statement -> statement.setTimestamp(1, Timestamp.from(windowStart)));
    }

    private void update(String sql, Parameters parameters) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                parameters.set(statement);
                return statement.executeUpdate();
            }
        });
    }

    private static List<LoginFailure> read(PreparedStatement statement) throws SQLException {
        List<LoginFailure> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows.add(new LoginFailure(row.getString("key"), row.getInt("failures"),
                        row.getTimestamp("first_at").toInstant()));
            }
        }
        return rows;
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** A key and how many tries it may have in a window. */
    record KeyLimit(String key, int max) {
    }
}
