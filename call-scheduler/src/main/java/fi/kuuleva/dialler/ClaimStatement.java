package fi.kuuleva.dialler;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims up to {@code limit} due respondents of one campaign in one statement: locks them (skipping rows another
 * transaction holds), marks them in a call, counts the attempt and creates its queued row. Runs in the caller's
 * transaction over plain JDBC: Micronaut Data treats a raw query containing {@code INSERT ... RETURNING} as an insert
 * of the repository's entity and cannot map its rows to a projection.
 */
@Singleton
class ClaimStatement {

    static final String SQL = """
            WITH due AS (
                SELECT r.id FROM respondents r
                WHERE r.campaign_id = ? AND r.status = 'PENDING' AND r.next_attempt_at <= ? AND r.attempts < ?
                  AND NOT EXISTS (SELECT 1 FROM do_not_call d WHERE d.phone_e164 = r.phone_e164)
                ORDER BY r.next_attempt_at, r.id
                LIMIT ?
                FOR UPDATE SKIP LOCKED),
            claimed AS (
                UPDATE respondents r SET status = 'IN_CALL', attempts = r.attempts + 1
                FROM due WHERE r.id = due.id
                RETURNING r.id, r.campaign_id, r.attempts, r.phone_e164, r.language),
            attempt AS (
                INSERT INTO call_attempts (respondent_id, campaign_id, attempt_no, state, instance_id, queued_at,
                                           asterisk_server)
                SELECT c.id, c.campaign_id, c.attempts, 'QUEUED', CAST(? AS text), CAST(? AS timestamptz),
                       CAST(? AS text)
                FROM claimed c
                RETURNING id, respondent_id, attempt_no)
            SELECT a.id AS attempt_id, a.respondent_id, a.attempt_no, c.phone_e164, c.language
            FROM attempt a JOIN claimed c ON c.id = a.respondent_id
            ORDER BY a.id""";

    private final JdbcOperations jdbc;

    ClaimStatement(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<ClaimRow> claim(long campaignId, int maxAttempts, Instant now, int limit, String instanceId,
                         String asteriskServer) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return jdbc.prepareStatement(SQL, statement -> {
            statement.setLong(1, campaignId);
            statement.setObject(2, at);
            statement.setInt(3, maxAttempts);
            statement.setInt(4, limit);
            statement.setString(5, instanceId);
            statement.setObject(6, at);
            statement.setString(7, asteriskServer);
            return rows(statement);
        });
    }

    private static List<ClaimRow> rows(PreparedStatement statement) throws SQLException {
        List<ClaimRow> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(new ClaimRow(result.getLong("attempt_id"), result.getLong("respondent_id"),
                        result.getInt("attempt_no"), result.getString("phone_e164"), result.getString("language")));
            }
        }
        return rows;
    }
}
