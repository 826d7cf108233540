package fi.kuuleva.admin.respondent.imports;

import fi.kuuleva.campaign.respondents.AgeBand;
import fi.kuuleva.campaign.respondents.Respondent;
import fi.kuuleva.survey.Language;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Inserts respondents with PostgreSQL's COPY (about ten times the rows per second of batched INSERTs), every value
 * quoted as CSV, so no value is ever read as SQL. Runs on the caller's connection and in its transaction.
 */
final class RespondentCopy {

    private static final String COPY = "COPY respondents (campaign_id, phone_e164, language, municipality, age_band,"
            + " external_ref, next_attempt_at) FROM STDIN (FORMAT csv)";
    private static final int CHUNK = 1 << 16;

    private RespondentCopy() {
    }

    static long copy(Connection connection, long campaignId, List<Respondent> respondents, Instant due) {
        try {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                StringBuilder rows = new StringBuilder(CHUNK + 1024);
                String tail = "," + due + "\n";
                for (Respondent respondent : respondents) {
                    rows.append(campaignId).append(',').append(respondent.phone().e164()).append(',')
                            .append(respondent.language().map(Language::code).orElse("")).append(',');
                    quoted(rows, respondent.municipality().orElse(null)).append(',');
                    quoted(rows, respondent.ageBand() == AgeBand.UNKNOWN ? null : respondent.ageBand().label())
                            .append(',');
                    quoted(rows, respondent.reference().orElse(null)).append(tail);
                    if (rows.length() >= CHUNK) {
                        write(in, rows);
                    }
                }
                write(in, rows);
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of respondents into campaign " + campaignId + " failed", e);
        }
    }

    /** A CSV field: empty (NULL) when absent, else in double quotes with inner quotes doubled. */
    private static StringBuilder quoted(StringBuilder rows, String value) {
        if (value == null) {
            return rows;
        }
        return rows.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static void write(CopyIn in, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }
}
