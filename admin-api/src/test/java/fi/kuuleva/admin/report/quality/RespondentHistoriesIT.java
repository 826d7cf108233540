package fi.kuuleva.admin.report.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.privacy.Erasure;
import fi.kuuleva.admin.report.ReportData;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The histories kept per respondent (migration V17) against a recount from the attempts, answers and unanswered
 * questions, after every kind of change a campaign makes to them: answers, retries, outcomes and causes set late,
 * an unanswered question answered later, a queued attempt given back, a corrected register group, and an erasure.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RespondentHistoriesIT implements TestPropertyProvider {

    private static final String[] SCALE = {"1", "2", "3", "4", "5"};

    @Inject
    Fixtures fixtures;
    @Inject
    QualityQueries queries;
    @Inject
    Erasure erasure;

    private final Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Test
    void keptHistoriesEqualTheRecountAfterAnswersRetriesAndErasure() throws Exception {
        long version = fixtures.testSurvey().versionId();
        int questions = 10; // only caps the answered count, the same for both readings
        long campaign = fixtures.runningCampaign("histories", 3, 0);
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            ReportData.respondents(db, campaign, 50_000, 90);
            // Ten more sampled but never called.
            sql.executeUpdate("INSERT INTO respondents (campaign_id, phone_e164, municipality, status)"
                    + " SELECT " + campaign + ", '+3586' || lpad(CAST(g AS text), 9, '0'), 'Imatra', 'PENDING'"
                    + " FROM generate_series(1, 10) g");
            assertSame(version, questions, 100);

            long[] ids = ReportData.respondentIds(db, campaign);
            ReportData.answers(db, campaign, "arki", SCALE, 7, ids[0], ids[1]);
            ReportData.answers(db, campaign, "yksin", new String[] {"yes", "no"}, 3, ids[0], ids[0] + 40);
            ReportData.answers(db, campaign, "arki", SCALE, 11, ids[0], ids[1]);
            assertSame(version, questions, 100);

            long first = ids[0];
            // Retries: a second attempt queued, then ended unanswered with a cause, and one reached and broken off.
            sql.executeUpdate("INSERT INTO call_attempts (respondent_id, campaign_id, attempt_no, state, instance_id,"
                    + " queued_at) SELECT id, campaign_id, 2, 'QUEUED', 'test', now() FROM respondents"
                    + " WHERE id BETWEEN " + first + " AND " + (first + 5));
            sql.executeUpdate("UPDATE call_attempts SET state = 'IN_PROGRESS' WHERE attempt_no = 2");
            sql.executeUpdate("UPDATE call_attempts SET state = 'COMPLETED', outcome = 'NO_ANSWER',"
                    + " hangup_cause = '1' WHERE attempt_no = 2 AND respondent_id <= " + (first + 2));
            sql.executeUpdate("UPDATE call_attempts SET state = 'COMPLETED', outcome = 'ANSWERED',"
                    + " survey_outcome = 'HUNG_UP', answered_at = now() WHERE attempt_no = 2"
                    + " AND respondent_id = " + (first + 3));
            // A queued attempt given back, and a respondent's first attempt rewritten to a failure.
            sql.executeUpdate("DELETE FROM call_attempts WHERE attempt_no = 2 AND state = 'IN_PROGRESS'"
                    + " AND respondent_id = " + (first + 4));
            sql.executeUpdate("UPDATE call_attempts SET outcome = 'FAILED', survey_outcome = NULL, answered_at = NULL"
                    + " WHERE attempt_no = 1 AND respondent_id = " + (first + 6));
            // Questions asked without a usable answer, one of them answered later (as the call engine does).
            sql.executeUpdate("INSERT INTO unanswered_questions (respondent_id, question_id, attempt_id, marked_at)"
                    + " SELECT respondent_id, q, id, now() FROM call_attempts, unnest(ARRAY['yksin', 'kotihoito']) q"
                    + " WHERE attempt_no = 1 AND respondent_id BETWEEN " + (first + 50) + " AND " + (first + 60));
            sql.executeUpdate("DELETE FROM unanswered_questions WHERE question_id = 'yksin' AND respondent_id = "
                    + (first + 55));
            // A register group corrected after import.
            sql.executeUpdate("UPDATE respondents SET municipality = 'Pikkukylä', language = NULL WHERE id IN ("
                    + (first + 20) + ", " + (first + 21) + ")");
            assertSame(version, questions, 100);

            String phone = "+3585" + String.format("%09d", 50_000 + 3);
            assertTrue(erasure.erase(phone, "officer").toString().length() > 0);
            assertSame(version, questions, 100);
        }
    }

    /** The kept and the recounted sample are the same groups, and every one of the {@code sampled} is in them. */
    private void assertSame(long version, int questions, long sampled) {
        List<CaseGroup> kept = queries.sample(version, questions);
        List<CaseGroup> recounted = queries.recount(version, questions);
        assertEquals(new HashSet<>(recounted), new HashSet<>(kept));
        assertEquals(recounted.size(), kept.size());
        assertEquals(sampled, kept.stream().mapToLong(CaseGroup::count).sum());
        assertEquals(sampled, queries.kept(version, questions).campaigns().stream().mapToLong(CampaignCases::count)
                .sum(), "every respondent in their campaign's rows too");
        try (Connection connection = connect(); Statement sql = connection.createStatement();
             ResultSet wrong = sql.executeQuery("SELECT count(*) FROM respondent_histories h JOIN respondents r"
                     + " ON r.id = h.respondent_id WHERE h.campaign_id <> r.campaign_id")) {
            wrong.next();
            assertEquals(0, wrong.getLong(1), "each kept row names its respondent's campaign");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }
}
