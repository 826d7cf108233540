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

    /** Response figure counts (respondents, called, ..., attempt-N:reached) by group. */
    @Transactional(readOnly = true)
    public List<CountTable.Row> response(long versionId, Breakdown by) {
        String sql = "SELECT " + by.column() + " AS grp, figure, sum(count) AS n FROM response_counts"
                + " WHERE survey_version_id = ? GROUP BY 1, 2 HAVING sum(count) <> 0";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, versionId);
            List<CountTable.Row> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(new CountTable.Row(row.getString("grp"), row.getString("figure"), row.getLong("n")));
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

    /** A version's totals for the list of reports. */
    public record VersionTotals(long versionId, String slug, int versionNo, long respondents, long answers) {
    }
}
