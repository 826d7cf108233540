package fi.kuuleva.admin.report.indicator;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Stored indicators (plain JDBC for the {@code text[]} of values). */
@Singleton
public class IndicatorStore {

    private static final String COLUMNS = "id, survey_version_id, name, question_id, answer_values, created_by, created_at";

    private final JdbcOperations jdbc;

    public IndicatorStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the indicator; empty when the version already has one by that name. */
    @Transactional
    public Optional<Indicator> create(long versionId, String name, String questionId, List<String> values,
                                      String actor, Instant at) {
        String sql = "INSERT INTO report_indicators (survey_version_id, name, question_id, answer_values, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (survey_version_id, name) DO NOTHING RETURNING "
                + COLUMNS;
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, versionId);
            statement.setString(2, name);
            statement.setString(3, questionId);
            statement.setArray(4, statement.getConnection().createArrayOf("text", values.toArray()));
            statement.setString(5, actor);
            statement.setTimestamp(6, Timestamp.from(at));
            List<Indicator> rows = read(statement);
            return rows.stream().findFirst();
        });
    }

    @Transactional(readOnly = true)
    public List<Indicator> list(long versionId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM report_indicators WHERE survey_version_id = ?"
                + " ORDER BY id", statement -> {
                    statement.setLong(1, versionId);
                    return read(statement);
                });
    }

    @Transactional
    public boolean delete(long versionId, long id) {
        return jdbc.prepareStatement("DELETE FROM report_indicators WHERE survey_version_id = ? AND id = ?",
                statement -> {
                    statement.setLong(1, versionId);
                    statement.setLong(2, id);
                    return statement.executeUpdate() == 1;
                });
    }

    private static List<Indicator> read(PreparedStatement statement) throws SQLException {
        List<Indicator> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                Array values = row.getArray("answer_values");
                rows.add(new Indicator(row.getLong("id"), row.getLong("survey_version_id"), row.getString("name"),
                        row.getString("question_id"), List.copyOf(Arrays.asList((String[]) values.getArray())),
                        row.getString("created_by"), row.getTimestamp("created_at").toInstant()));
            }
        }
        return rows;
    }
}
