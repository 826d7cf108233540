package fi.kuuleva.demo;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** DEMO ONLY: a campaign's progress and results as the demo prints them. Read-only. */
@Singleton
public class DemoReport {

    /** One respondent's state: name from the demo's external_ref. */
    public record Row(String name, String status, int attempts, String outcome) {
    }

    /** How far a campaign is. */
    public record Progress(int respondents, int done, int inCall, int attempts, String campaignState) {
    }

    private final JdbcOperations jdbc;

    public DemoReport(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Progress progress(long campaignId) {
        return jdbc.prepareStatement("SELECT count(*), count(*) FILTER (WHERE status = 'DONE'),"
                + " count(*) FILTER (WHERE status = 'IN_CALL'), coalesce(sum(attempts), 0),"
                + " (SELECT state FROM campaigns WHERE id = ?) FROM respondents WHERE campaign_id = ?", statement -> {
                    statement.setLong(1, campaignId);
                    statement.setLong(2, campaignId);
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        return new Progress(result.getInt(1), result.getInt(2), result.getInt(3), result.getInt(4),
                                result.getString(5));
                    }
                });
    }

    @Transactional
    public List<Row> respondents(long campaignId) {
        return rows("SELECT replace(external_ref, 'demo:', ''), status, attempts, coalesce(last_outcome, '-')"
                + " FROM respondents WHERE campaign_id = ? ORDER BY id", campaignId).stream()
                .map(r -> new Row(r[0], r[1], Integer.parseInt(r[2]), r[3])).toList();
    }

    /** Each attempt: resident, number, outcome, hang-up cause, seconds answered. */
    @Transactional
    public List<String[]> attempts(long campaignId) {
        return rows("SELECT replace(r.external_ref, 'demo:', ''), a.attempt_no::text, coalesce(a.outcome, a.state),"
                + " coalesce(a.survey_outcome, '-'), coalesce(a.duration_seconds::text, '-')"
                + " FROM call_attempts a JOIN respondents r ON r.id = a.respondent_id WHERE a.campaign_id = ?"
                + " ORDER BY r.id, a.attempt_no", campaignId);
    }

    /** Question, answer (recordings as "(recording)"), how many, by which source. */
    @Transactional
    public List<String[]> answers(long campaignId) {
        return rows("SELECT a.question_id, CASE WHEN a.source = 'RECORDING' THEN '(recording)' ELSE a.value END,"
                + " count(*)::text, string_agg(DISTINCT a.source, '+') FROM answers a"
                + " JOIN respondents r ON r.id = a.respondent_id WHERE r.campaign_id = ?"
                + " GROUP BY 1, 2 ORDER BY min(min(a.id)) OVER (PARTITION BY a.question_id), count(*) DESC, 2", campaignId);
    }

    @Transactional
    public List<String[]> callbacks(long campaignId) {
        return rows("SELECT replace(r.external_ref, 'demo:', ''), r.phone_e164, coalesce(c.at_step, '-'),"
                + " c.requested_at::text, c.preferred_time FROM callback_requests c JOIN respondents r ON r.id = c.respondent_id"
                + " WHERE c.campaign_id = ? ORDER BY c.id", campaignId);
    }

    @Transactional
    public List<String[]> optOuts(long campaignId) {
        return rows("SELECT replace(r.external_ref, 'demo:', ''), d.phone_e164 FROM do_not_call d"
                + " JOIN respondents r ON r.phone_e164 = d.phone_e164 WHERE r.campaign_id = ? ORDER BY r.id",
                campaignId);
    }

    /** Every stored answer as "respondent/question=value". */
    @Transactional
    public List<String> answerKeys(long campaignId) {
        return rows("SELECT r.id || '/' || a.question_id || '=' || a.value FROM answers a"
                + " JOIN respondents r ON r.id = a.respondent_id WHERE r.campaign_id = ? ORDER BY a.id", campaignId)
                .stream().map(row -> row[0]).toList();
    }

    private List<String[]> rows(String sql, long campaignId) {
        return jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, campaignId);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = result.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
