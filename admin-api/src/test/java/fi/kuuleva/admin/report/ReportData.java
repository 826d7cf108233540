package fi.kuuleva.admin.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Bulk respondents, attempts and answers for report tests and the benchmark, over plain JDBC so that it works with
 * or without a running service. Answers are written with the journal's own upsert, so the answer trigger sees them
 * as it sees calls. Municipality, age band and language follow the respondent number (some unknown).
 */
public final class ReportData {

    private ReportData() {
    }

    /**
     * {@code count} respondents numbered from {@code first}, each with one answered attempt (every 11th refused,
     * every 13th opted out, the others completed).
     */
    public static void respondents(Connection db, long campaignId, long first, int count) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO respondents (campaign_id, phone_e164, language, municipality, age_band, status, attempts)
                SELECT ?, '+3585' || lpad(CAST(g AS text), 9, '0'),
                       (ARRAY['fi', 'fi', 'sv', 'en', NULL])[1 + g % 5],
                       (ARRAY['Lappeenranta', 'Lappeenranta', 'Imatra', 'Luumäki', 'Savitaipale', 'Taipalsaari'])
                           [1 + (g / 5) % 6],
                       CASE WHEN g % 17 = 0 THEN NULL ELSE (ARRAY['65-74', '75-84', '85+'])[1 + (g / 3) % 3] END,
                       'DONE', 1
                FROM generate_series(CAST(? AS bigint), ? + ? - 1) g""")) {
            insert.setLong(1, campaignId);
            insert.setLong(2, first);
            insert.setLong(3, first);
            insert.setInt(4, count);
            insert.executeUpdate();
        }
        try (PreparedStatement attempts = db.prepareStatement("""
                INSERT INTO call_attempts (respondent_id, campaign_id, attempt_no, state, instance_id, outcome,
                                           survey_outcome, consent, queued_at, started_at, answered_at, ended_at)
                SELECT r.id, r.campaign_id, 1, 'COMPLETED', 'test', 'ANSWERED',
                       CASE WHEN r.id % 11 = 0 THEN 'REFUSED' WHEN r.id % 13 = 0 THEN 'OPTED_OUT' ELSE 'COMPLETED' END,
                       r.id % 11 <> 0, now(), now(), now(), now()
                FROM respondents r WHERE r.campaign_id = ?
                  AND NOT EXISTS (SELECT 1 FROM call_attempts a WHERE a.respondent_id = r.id)""")) {
            attempts.setLong(1, campaignId);
            attempts.executeUpdate();
        }
    }

    /**
     * Answers {@code questionId} for the campaign's respondents with ids in {@code [fromId, toId]}: value
     * {@code values[(id * salt) % values.length]}, replacing earlier answers as a resumed call does.
     */
    public static int answers(Connection db, long campaignId, String questionId, String[] values, long salt,
                              long fromId, long toId) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("""
                INSERT INTO answers (respondent_id, question_id, attempt_id, value, source, confirmed, answered_at)
                SELECT a.respondent_id, ?, a.id, (?)[1 + CAST((a.respondent_id * ?) % ? AS integer)], 'KEY', false,
                       now()
                FROM call_attempts a WHERE a.campaign_id = ? AND a.respondent_id BETWEEN ? AND ?
                ON CONFLICT (respondent_id, question_id) DO UPDATE SET attempt_id = EXCLUDED.attempt_id,
                    value = EXCLUDED.value, source = EXCLUDED.source, answered_at = EXCLUDED.answered_at""")) {
            upsert.setString(1, questionId);
            upsert.setArray(2, db.createArrayOf("text", values));
            upsert.setLong(3, salt);
            upsert.setLong(4, values.length);
            upsert.setLong(5, campaignId);
            upsert.setLong(6, fromId);
            upsert.setLong(7, toId);
            return upsert.executeUpdate();
        }
    }

    /** The campaign's smallest and largest respondent id. */
    public static long[] respondentIds(Connection db, long campaignId) throws SQLException {
        try (Statement statement = db.createStatement();
             var rows = statement.executeQuery("SELECT min(id), max(id) FROM respondents WHERE campaign_id = "
                     + campaignId)) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    /** A value read with one query (count(*), sum(...)). */
    public static long number(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
