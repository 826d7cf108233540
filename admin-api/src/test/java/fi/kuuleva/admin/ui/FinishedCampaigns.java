package fi.kuuleva.admin.ui;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.SQLException;
import java.sql.Statement;

/** The browser tests' finished campaign of the journey survey (analyst-answers.sql), written as the journal writes. */
final class FinishedCampaigns {

    private FinishedCampaigns() {
    }

    /** A finished campaign of {@code version}: 17 respondents in Lappeenranta, 3 in Taipalsaari, both questions. */
    static void seed(JdbcOperations jdbc, long version) {
        for (String statement : BrowserIT.resource("analyst-answers.sql").replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                update(jdbc, statement.replace(":version", Long.toString(version)));
            }
        }
    }

    static int update(JdbcOperations jdbc, String sql) {
        return jdbc.execute(connection -> {
            try (Statement st = connection.createStatement()) {
                return st.executeUpdate(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }
}
