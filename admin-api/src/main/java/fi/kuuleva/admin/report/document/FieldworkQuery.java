package fi.kuuleva.admin.report.document;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;

/** Reads a version's {@link Fieldwork} from its campaigns' attempts. */
@Singleton
class FieldworkQuery {

    private final JdbcOperations jdbc;

    FieldworkQuery(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Fieldwork fieldwork(long versionId) {
        String sql = """
                SELECT CAST(min(a.queued_at AT TIME ZONE 'Europe/Helsinki') AS date) AS first,
                       CAST(max(a.queued_at AT TIME ZONE 'Europe/Helsinki') AS date) AS last, count(*) AS calls
                FROM call_attempts a JOIN campaigns c ON c.id = a.campaign_id WHERE c.survey_version_id = ?""";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, versionId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Date first = row.getDate("first");
                Date last = row.getDate("last");
                return new Fieldwork(first == null ? null : first.toLocalDate(), last == null ? null : last.toLocalDate(),
                        row.getLong("calls"));
            }
        });
    }
}
