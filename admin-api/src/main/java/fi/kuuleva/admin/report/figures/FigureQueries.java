package fi.kuuleva.admin.report.figures;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's reads: answer counts from the aggregates, response figures from the attempts. Group columns come from
 * {@link Breakdown} constants only. Counts of groups, never rows of respondents.
 */
@Singleton
public class FigureQueries {

    private final JdbcOperations jdbc;

    public FigureQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Answer counts of one question by group and value. */
    @Transactional(readOnly = true)
    public List<CountTable.Row> counts(long versionId, String questionId, Breakdown by) {
        String sql = "SELECT " + by.column() + " AS grp, value, sum(count) AS n FROM answer_counts"
                + " WHERE survey_version_id = ? AND question_id = ? GROUP BY 1, 2 HAVING sum(count) <> 0";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, versionId);
            statement.setString(2, questionId);
            List<CountTable.Row> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new CountTable.Row(row.getString("grp"), row.getString("value"), row.getLong("n")));
                }
            }
            return rows;
        });
    }

    /** Answer counts of one question by municipality and age band (the strata) and value. */
    @Transactional(readOnly = true)
    public List<StratumCount> strata(long versionId, String questionId) {
        String sql = "SELECT municipality, age_band, value, sum(count) AS n FROM answer_counts"
                + " WHERE survey_version_id = ? AND question_id = ? GROUP BY 1, 2, 3 HAVING sum(count) <> 0";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, versionId);
            statement.setString(2, questionId);
            List<StratumCount> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new StratumCount(row.getString("municipality"), row.getString("age_band"),
                            row.getString("value"), row.getLong("n")));
                }
            }
            return rows;
        });
    }

    /** Per group: respondents, and of them called, reached, consented, completed, refused and opted out. */
    @Transactional(readOnly = true)
    public List<ResponseCounts> response(long versionId, Breakdown by) {
        String sql = """
                WITH tried AS (
                    SELECT a.respondent_id, bool_or(a.answered_at IS NOT NULL) AS reached,
                           bool_or(a.consent) AS consented, bool_or(a.survey_outcome = 'COMPLETED') AS completed,
                           bool_or(a.consent = false OR a.survey_outcome = 'REFUSED') AS refused,
                           bool_or(a.survey_outcome = 'OPTED_OUT') AS opted_out
                    FROM call_attempts a JOIN campaigns c ON c.id = a.campaign_id
                    WHERE c.survey_version_id = ? GROUP BY a.respondent_id)
                SELECT COALESCE(%s, '') AS grp, count(*) AS sample, count(t.respondent_id) AS called,
                       count(*) FILTER (WHERE t.reached) AS reached, count(*) FILTER (WHERE t.consented) AS consented,
                       count(*) FILTER (WHERE t.completed) AS completed, count(*) FILTER (WHERE t.refused) AS refused,
                       count(*) FILTER (WHERE t.opted_out) AS opted_out
                FROM respondents r JOIN campaigns c ON c.id = r.campaign_id
                LEFT JOIN tried t ON t.respondent_id = r.id
                WHERE c.survey_version_id = ? GROUP BY 1""".formatted(by == Breakdown.NONE ? "''" : "r." + by.column());
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, versionId);
            statement.setLong(2, versionId);
            List<ResponseCounts> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new ResponseCounts(row.getString("grp"), new long[] {row.getLong("sample"),
                        row.getLong("called"), row.getLong("reached"), row.getLong("consented"),
                        row.getLong("completed"), row.getLong("refused"), row.getLong("opted_out")}));
                }
            }
            return rows;
        });
    }

    /** Per attempt number: attempts, answered and completed. */
    @Transactional(readOnly = true)
    public List<ResponseCounts> perAttempt(long versionId) {
        String sql = """
                SELECT CAST(a.attempt_no AS text) AS grp, count(*) AS attempts,
                       count(*) FILTER (WHERE a.answered_at IS NOT NULL) AS reached,
                       count(*) FILTER (WHERE a.survey_outcome = 'COMPLETED') AS completed
                FROM call_attempts a JOIN campaigns c ON c.id = a.campaign_id
                WHERE c.survey_version_id = ? GROUP BY a.attempt_no ORDER BY a.attempt_no""";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, versionId);
            List<ResponseCounts> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new ResponseCounts(row.getString("grp"), new long[] {row.getLong("attempts"),
                        row.getLong("reached"), row.getLong("completed")}));
                }
            }
            return rows;
        });
    }

    /** Every published version with its respondents (in its campaigns) and counted answers. */
    @Transactional(readOnly = true)
    public List<VersionTotals> versions() {
        String sql = """
                SELECT v.id, s.slug, v.version_no,
                       (SELECT count(*) FROM respondents r JOIN campaigns c ON c.id = r.campaign_id
                        WHERE c.survey_version_id = v.id) AS respondents,
                       (SELECT COALESCE(sum(count), 0) FROM answer_counts k WHERE k.survey_version_id = v.id) AS answers
                FROM survey_versions v JOIN surveys s ON s.id = v.survey_id ORDER BY s.slug, v.version_no""";
        return jdbc.prepareStatement(sql, statement -> rows(statement));
    }

    private static List<VersionTotals> rows(PreparedStatement statement) throws SQLException {
        List<VersionTotals> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows.add(new VersionTotals(row.getLong("id"), row.getString("slug"), row.getInt("version_no"),
                        row.getLong("respondents"), row.getLong("answers")));
            }
        }
        return rows;
    }

    /** One stratum's count of one answer value. */
    public record StratumCount(String municipality, String ageBand, String value, long count) {
    }

    /** A group's figures, in the order the query names them. */
    public record ResponseCounts(String group, long[] figures) {
    }

    /** A version's totals for the list of reports. */
    public record VersionTotals(long versionId, String slug, int versionNo, long respondents, long answers) {
    }
}
