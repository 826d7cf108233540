package fi.kuuleva.admin.report.crosstab;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Reads the answer pair counts the aggregation route keeps (counts only, never respondents). Thread-safe. */
@Singleton
class PairQueries {

    private final JdbcOperations jdbc;

    PairQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** How many respondents of the version gave each pair of answers to the two questions, in that orientation. */
    @Transactional(readOnly = true)
    List<PairCount> pairs(long versionId, String rowQuestion, String columnQuestion) {
        boolean ordered = rowQuestion.compareTo(columnQuestion) < 0;
        String sql = """
                SELECT value_a, value_b, sum(count) AS n FROM answer_pair_counts
                WHERE survey_version_id = ? AND question_a = ? AND question_b = ?
                GROUP BY 1, 2 HAVING sum(count) <> 0""";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, versionId);
            statement.setString(2, ordered ? rowQuestion : columnQuestion);
            statement.setString(3, ordered ? columnQuestion : rowQuestion);
            List<PairCount> pairs = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String a = row.getString("value_a");
                    String b = row.getString("value_b");
                    pairs.add(new PairCount(ordered ? a : b, ordered ? b : a, row.getLong("n")));
                }
            }
            return pairs;
        });
    }
}
