package fi.kuuleva.inbound;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The store's side of calls to the survey number, over plain JDBC in the caller's transaction (an insert returning
 * its id, as the dialler's claim does): whose number it is, the attempt the call becomes, and the survey it is about.
 */
@Singleton
public class Callers {

    /** A respondent due in a running campaign, claimed for this call, with the attempt it became. */
    public record Claimed(long attemptId, long respondentId, long campaignId, Instant nextAttemptAt) {
    }

    /** The running campaign a caller who is not due hears about. */
    public record About(long campaignId, long surveyVersionId) {
    }

    private static final String CLAIM = """
            WITH due AS (
                SELECT r.id FROM respondents r JOIN campaigns c ON c.id = r.campaign_id
                WHERE r.phone_e164 = ? AND r.status = 'PENDING' AND c.state = 'RUNNING'
                ORDER BY c.priority DESC, c.id DESC LIMIT 1
                FOR UPDATE OF r SKIP LOCKED),
            claimed AS (
                UPDATE respondents r SET status = 'IN_CALL' FROM due WHERE r.id = due.id
                RETURNING r.id, r.campaign_id, r.attempts, r.next_attempt_at),
            attempt AS (
                INSERT INTO call_attempts (respondent_id, campaign_id, attempt_no, state, instance_id, queued_at,
                                           started_at, asterisk_server, direction)
                SELECT c.id, c.campaign_id, c.attempts, 'QUEUED', CAST(? AS text), CAST(? AS timestamptz),
                       CAST(? AS timestamptz), CAST(? AS text), 'INBOUND'
                FROM claimed c RETURNING id, respondent_id, campaign_id)
            SELECT a.id, a.respondent_id, a.campaign_id, c.next_attempt_at
            FROM attempt a JOIN claimed c ON c.id = a.respondent_id""";

    private static final String ABOUT = "SELECT id, survey_version_id FROM campaigns WHERE state = 'RUNNING'"
            + " ORDER BY priority DESC, id DESC LIMIT 1";

    private final JdbcOperations jdbc;

    public Callers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the respondent with number {@code phoneE164} who is due (pending) in a running campaign, highest
     * priority first: in a call now, with an inbound attempt that does not count toward the campaign's attempt cap.
     */
    @Transactional
    public Optional<Claimed> claim(String phoneE164, String instanceId, String server, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return jdbc.prepareStatement(CLAIM, statement -> {
            statement.setString(1, phoneE164);
            statement.setString(2, instanceId);
            statement.setObject(3, at);
            statement.setObject(4, at);
            statement.setString(5, server);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(claimed(rows)) : Optional.empty();
            }
        });
    }

    private static Claimed claimed(ResultSet rows) throws SQLException {
        return new Claimed(rows.getLong(1), rows.getLong(2), rows.getLong(3),
                rows.getObject(4, OffsetDateTime.class).toInstant());
    }

    /** The running campaign of the highest priority, the latest of equals; empty when none runs. */
    @Transactional
    public Optional<About> about() {
        return jdbc.prepareStatement(ABOUT, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new About(rows.getLong(1), rows.getLong(2))) : Optional.empty();
            }
        });
    }
}
