package fi.kuuleva.admin.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A respondent's attempts are found through an index, never by reading the whole table: the lookups that run on
 * every key of a call and every attempt or answer write (the journal's earlier language, the report triggers'
 * recount, as V5 and V17 write them) each plan a scan of the respondent index when the planner is kept off
 * sequential scans. Without V20 they planned a sequential scan anyway: no index could serve them.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespondentLookupsIT implements TestPropertyProvider {

    private static final List<String> LOOKUPS = List.of(
            "SELECT e.language FROM call_attempts e WHERE e.respondent_id = 1 AND e.language IS NOT NULL"
                    + " ORDER BY e.id DESC LIMIT 1",
            "SELECT DISTINCT a.outcome FROM call_attempts a WHERE a.respondent_id = 1 AND a.outcome IS NOT NULL",
            "SELECT count(*) FROM call_attempts x WHERE x.respondent_id = 1");

    @Inject
    JdbcOperations jdbc;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    @Transactional
    void everyLookupOfARespondentsAttemptsUsesAnIndex() {
        for (String lookup : LOOKUPS) {
            String plan = plan(lookup);
            assertFalse(plan.contains("Seq Scan on call_attempts"), lookup + "\n" + plan);
            assertTrue(plan.contains("call_attempts_respondent"), lookup + "\n" + plan);
        }
    }

    /** The plan with sequential scans made the last resort. */
    private String plan(String sql) {
        return jdbc.execute(connection -> {
            try (Statement st = connection.createStatement()) {
                st.execute("SET LOCAL enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = st.executeQuery("EXPLAIN " + sql)) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }
}
