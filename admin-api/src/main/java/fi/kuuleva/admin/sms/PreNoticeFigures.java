package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Analysts' figure of the pre-notices ({@code GET /api/reports/versions/{id}/pre-notices?by=}): the respondents of
 * the version's campaigns who were called, by whether a pre-notice went to them and whether a call reached them, by
 * municipality, age band or language, suppressed ({@link PreNoticeReport}).
 */
@Controller("/api/reports/versions/{id}/pre-notices")
@Secured({Roles.ANALYST, Roles.OFFICER})
@Tag(name = "Reports")
@ExecuteOn(TaskExecutors.BLOCKING)
class PreNoticeFigures {

    private static final Map<String, String> COLUMNS = Map.of("municipality", "r.municipality", "ageBand",
            "r.age_band", "language", "r.language");

    private final JdbcOperations jdbc;
    private final ReportConfig config;

    PreNoticeFigures(JdbcOperations jdbc, ReportConfig config) {
        this.jdbc = jdbc;
        this.config = config;
    }

    @Get("{?by}")
    @Transactional(readOnly = true)
    PreNoticeReport figures(long id, @Nullable @QueryValue String by) {
        String group = by == null || by.isBlank() ? "''" : COLUMNS.get(by);
        if (group == null) {
            throw ApiProblem.badRequest("$.by", "'" + by + "' is not one of municipality, ageBand, language");
        }
        String sql = "SELECT COALESCE(" + group + ", 'unknown') AS grp,"
                + " EXISTS (SELECT 1 FROM text_messages t WHERE t.respondent_id = r.id AND t.kind = 'PRE_NOTICE'"
                + "  AND t.state IN ('SUBMITTED', 'DELIVERED')) AS noticed,"
                + " EXISTS (SELECT 1 FROM call_attempts a WHERE a.respondent_id = r.id AND a.answered_at IS NOT NULL)"
                + "  AS reached, count(*) AS n"
                + " FROM respondents r JOIN campaigns c ON c.id = r.campaign_id"
                + " WHERE c.survey_version_id = ? AND r.attempts > 0 GROUP BY 1, 2, 3";
        Map<String, long[]> counts = jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, id);
            Map<String, long[]> found = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int column = (rows.getBoolean("noticed") ? 0 : 2) + (rows.getBoolean("reached") ? 0 : 1);
                    found.computeIfAbsent(rows.getString("grp"), g -> new long[4])[column] += rows.getLong("n");
                }
            }
            return found;
        });
        return PreNoticeReport.of(group.equals("''") ? null : by, counts, config.minCell());
    }
}
