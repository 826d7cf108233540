package fi.kuuleva.admin.report.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.report.ReportData;
import fi.kuuleva.admin.report.crosstab.CrossTab;
import fi.kuuleva.admin.report.crosstab.CrossTabLine;
import fi.kuuleva.admin.report.crosstab.CrossTabs;
import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.Cell;
import fi.kuuleva.admin.report.figures.Distribution;
import fi.kuuleva.admin.report.figures.Distributions;
import fi.kuuleva.admin.report.figures.ValueCount;
import fi.kuuleva.admin.report.figures.ResponseFigures;
import fi.kuuleva.admin.report.figures.ResponseReport;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The aggregation route against the real store: exactly once, replaced answers, a lost transaction, a rebuild. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregateRoutesIT implements TestPropertyProvider {

    private static final String[] SCALE = {"1", "2", "3", "4", "5"};

    @Inject
    CamelContext camel;
    @Inject
    AnswerAggregates aggregates;
    @Inject
    Fixtures fixtures;
    @Inject
    ResponseFigures response;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    CrossTabs crossTabs;
    @Inject
    Distributions distributions;

    private final Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());

    @Override
    public Map<String, String> getProperties() {
        properties.put("kuuleva.report.aggregate-period", "20ms");
        properties.put("kuuleva.report.batch", "64");
        return properties;
    }

    @Test
    void everyAnswerIsCountedOnceAndAChangedAnswerMovesOneCount() throws Exception {
        long version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("counted", 3, 0);
        try (Connection db = connect()) {
            ReportData.respondents(db, campaign, 1, 300);
            long[] ids = ReportData.respondentIds(db, campaign);
            assertEquals(300, ReportData.answers(db, campaign, "arki", SCALE, 7, ids[0], ids[1]));
            ReportData.answers(db, campaign, "yksin", new String[] {"yes", "no"}, 3, ids[0], ids[1]);
            ReportData.answers(db, campaign, "yksin", new String[] {"yes", "no"}, 3, ids[0], ids[1]);
            drained();
            assertEquals(600, counted(db, version, null, null));
            AggregateCheck check = aggregates.check(version);
            assertTrue(check.agree(), check.toString());
            assertEquals(0, check.pending());

            long arkiFour = counted(db, version, "arki", "4");
            long arkiTwo = counted(db, version, "arki", "2");
            long one = firstWith(db, campaign, "arki", "4");
            ReportData.answers(db, campaign, "arki", new String[] {"2"}, 1, one, one);
            drained();
            assertEquals(arkiFour - 1, counted(db, version, "arki", "4"));
            assertEquals(arkiTwo + 1, counted(db, version, "arki", "2"));
            assertEquals(600, counted(db, version, null, null), "a replaced answer is not a new one");
            assertTrue(aggregates.check(version).agree());
        }
    }

    @Test
    void responseFiguresFollowRespondentsAndTheirAttempts() throws Exception {
        long version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("response", 3, 0);
        try (Connection db = connect()) {
            drained();
            ResponseReport empty = response.response(version, Breakdown.NONE);
            ReportData.respondents(db, campaign, 30_000, 120);
            drained();
            ResponseReport first = response.response(version, Breakdown.NONE);
            long completed = ReportData.number(db, "SELECT count(*) FROM call_attempts WHERE campaign_id = "
                    + campaign + " AND survey_outcome = 'COMPLETED'");
            assertEquals(120, first.total().respondents().count() - count(empty.total().respondents()));
            assertEquals(120, first.total().called().count() - count(empty.total().called()));
            assertEquals(120, first.total().reached().count() - count(empty.total().reached()));
            assertEquals(completed, first.total().completed().count() - count(empty.total().completed()));
            assertEquals(120, first.perAttempt().get(0).attempts().count()
                    - (empty.perAttempt().isEmpty() ? 0 : count(empty.perAttempt().get(0).attempts())));

            long someone = ReportData.number(db, "SELECT min(respondent_id) FROM call_attempts WHERE campaign_id = "
                    + campaign + " AND survey_outcome = 'COMPLETED'");
            try (var statement = db.createStatement()) {
                statement.executeUpdate("UPDATE call_attempts SET survey_outcome = 'OPTED_OUT' WHERE respondent_id = "
                        + someone);
                statement.executeUpdate("INSERT INTO call_attempts (respondent_id, campaign_id, attempt_no, state,"
                        + " instance_id, queued_at) SELECT id, campaign_id, 2, 'QUEUED', 'test', now()"
                        + " FROM respondents WHERE id = " + (someone + 1));
            }
            drained();
            ResponseReport second = response.response(version, Breakdown.NONE);
            assertEquals(first.total().completed().count() - 1, second.total().completed().count());
            assertEquals(first.total().optedOut().count() + 1, second.total().optedOut().count());
            assertEquals(first.total().called().count(), second.total().called().count(),
                    "a second attempt is not a second respondent");
            if (first.perAttempt().size() < 2) {
                assertTrue(second.perAttempt().get(1).attempts().hidden(), "one second attempt is a small cell");
            }
            assertTrue(aggregates.check(version).agree());
        }
    }

    @Test
    void aDrainThatNeverCommitsAppliesNothingAndTheNextAppliesEverythingOnce() throws Exception {
        long version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("rolled back", 3, 0);
        camel.getRouteController().stopRoute(AggregateRoutes.ROUTE);
        try (Connection db = connect()) {
            ReportData.respondents(db, campaign, 10_000, 50);
            long[] ids = ReportData.respondentIds(db, campaign);
            ReportData.answers(db, campaign, "kotihoito", new String[] {"yes", "no"}, 5, ids[0], ids[1]);
            long before = counted(db, version, "kotihoito", null);
            transactions.executeWrite(status -> {
                assertEquals(50, aggregates.drain(1000).events());
                status.setRollbackOnly();
                return null;
            });
            assertEquals(before, counted(db, version, "kotihoito", null), "nothing applied");
            AggregateCheck pending = aggregates.check(version);
            assertEquals(50, pending.pending(), "every change still waits");
            assertTrue(pending.agree(), "counts plus waiting changes are the answers");
            assertEquals(50, drainAnswers(7));
            assertEquals(before + 50, counted(db, version, "kotihoito", null));
            assertEquals(0, drainAnswers(7), "applied once");
        } finally {
            camel.getRouteController().startRoute(AggregateRoutes.ROUTE);
        }
    }

    @Test
    void answerPairsFollowTheAnswersAndTheCrossTabsTotalsAreTheDistributions() throws Exception {
        long version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("pairs", 3, 0);
        try (Connection db = connect()) {
            ReportData.respondents(db, campaign, 40_000, 200);
            long[] ids = ReportData.respondentIds(db, campaign);
            ReportData.answers(db, campaign, "kotihoito", new String[] {"yes", "no", "no"}, 5, ids[0], ids[1]);
            // Two home-care users skip the loneliness question; the rest answer it in one statement.
            long skipper = firstWith(db, campaign, "kotihoito", "yes");
            ReportData.answers(db, campaign, "yksin", new String[] {"yes", "no"}, 3, ids[0], skipper - 1);
            ReportData.answers(db, campaign, "yksin", new String[] {"yes", "no"}, 3, skipper + 1, ids[1]);
            drained();
            assertTotalsAreTheDistributions(crossTabs.crossTab(version, "kotihoito", "yksin"), version);
            assertTotalsAreTheDistributions(crossTabs.crossTab(version, "yksin", "kotihoito"), version);
            AggregateCheck check = aggregates.check(version);
            assertTrue(check.agree(), check.toString());

            long before = pairs(db, version, "kotihoito", "yes", "yksin", null);
            long other = skipper + 1;
            boolean otherWasYes = ReportData.number(db, "SELECT count(*) FROM answers WHERE question_id = 'kotihoito'"
                    + " AND value = 'yes' AND respondent_id = " + other) == 1;
            camel.getRouteController().stopRoute(AggregateRoutes.ROUTE);
            try {
                ReportData.answers(db, campaign, "kotihoito", new String[] {otherWasYes ? "no" : "yes"}, 1, other,
                        other);
                ReportData.answers(db, campaign, "yksin", new String[] {"no"}, 1, skipper, skipper);
                long changed = ReportData.number(db, "SELECT count(*) FROM answer_pair_events WHERE"
                        + " survey_version_id = " + version);
                assertTrue(changed > 0, "the pair changes wait with the answer changes");
                assertTrue(aggregates.check(version).agree(), "counts plus waiting changes are the answers");
            } finally {
                camel.getRouteController().startRoute(AggregateRoutes.ROUTE);
            }
            drained();
            assertEquals(before + 1 + (otherWasYes ? -1 : 1), pairs(db, version, "kotihoito", "yes", "yksin", null),
                    "the skipper's new answer pairs with their home care; a changed answer moves its pair");
            assertTotalsAreTheDistributions(crossTabs.crossTab(version, "kotihoito", "yksin"), version);

            // One statement writing two answers of each respondent counts each new pair once, and one changing both
            // moves each pair once.
            try (var statement = db.createStatement()) {
                statement.executeUpdate("INSERT INTO answers (respondent_id, question_id, attempt_id, value, source,"
                        + " answered_at) SELECT a.respondent_id, v.q, a.id, v.value, 'KEY', now() FROM call_attempts a"
                        + " CROSS JOIN (VALUES ('arki', '3'), ('asuminen', 'talo')) AS v(q, value)"
                        + " WHERE a.campaign_id = " + campaign);
                statement.executeUpdate("UPDATE answers SET value = CASE question_id WHEN 'arki' THEN '4'"
                        + " ELSE 'kerrostalo' END WHERE question_id IN ('arki', 'asuminen') AND respondent_id BETWEEN "
                        + ids[0] + " AND " + (ids[0] + 99));
            }
            drained();
            AggregateCheck both = aggregates.check(version);
            assertTrue(both.agree(), both.toString());
            assertEquals(100, pairs(db, version, "arki", "4", "asuminen", "kerrostalo")
                    - ReportData.number(db, "SELECT count(*) FROM answers x JOIN answers y ON y.respondent_id ="
                    + " x.respondent_id JOIN respondents r ON r.id = x.respondent_id WHERE r.campaign_id <> " + campaign
                    + " AND x.question_id = 'arki' AND x.value = '4' AND y.question_id = 'asuminen'"
                    + " AND y.value = 'kerrostalo'"));
            assertTotalsAreTheDistributions(crossTabs.crossTab(version, "asuminen", "arki"), version);

            // Erasure keeps counted answers (only recordings and transcripts go): no pair changes.
            try (var statement = db.createStatement()) {
                statement.executeUpdate("UPDATE answers SET transcript = NULL, recording_path = NULL, value = CASE"
                        + " WHEN source = 'RECORDING' THEN '(recording deleted)' ELSE value END WHERE respondent_id"
                        + " BETWEEN " + ids[0] + " AND " + ids[1]);
            }
            assertEquals(0, ReportData.number(db, "SELECT count(*) FROM answer_pair_events"));
            try (var statement = db.createStatement()) {
                statement.executeUpdate("UPDATE answer_pair_counts SET count = count + 3 WHERE ctid = (SELECT ctid"
                        + " FROM answer_pair_counts WHERE survey_version_id = " + version
                        + " AND question_a = 'kotihoito' AND count > 0 LIMIT 1)");
            }
            AggregateCheck wrong = aggregates.check(version);
            assertFalse(wrong.agree());
            assertEquals(1, wrong.pairDiffering(), wrong.toString());
            aggregates.rebuild(version);
            assertTrue(aggregates.check(version).agree());
        }
    }

    @Test
    void pairsOfAnswersStoredBeforeTheirMigrationAreAppliedWithTheChangesStillWaiting() throws Exception {
        long version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("migrated", 3, 0);
        String migration;
        try (var in = getClass().getResourceAsStream("/db/migration/V19__answer_pair_counts.sql")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String existingPairs = migration.substring(migration.indexOf("-- The pairs of the answers stored before"));
        try (Connection db = connect()) {
            ReportData.respondents(db, campaign, 50_000, 60);
            long[] ids = ReportData.respondentIds(db, campaign);
            drained();
            camel.getRouteController().stopRoute(AggregateRoutes.ROUTE);
            try {
                ReportData.answers(db, campaign, "arki", SCALE, 11, ids[0], ids[1]);
                ReportData.answers(db, campaign, "yksin", new String[] {"yes", "no"}, 5, ids[0], ids[1]);
                // As if the answers had been stored before V19: no pair counts or changes, and the waiting answer
                // changes carry the migration's transaction (the writer column's default when it was added).
                db.setAutoCommit(false);
                try (var statement = db.createStatement()) {
                    statement.executeUpdate("DELETE FROM answer_pair_events");
                    statement.executeUpdate("DELETE FROM answer_pair_counts");
                    statement.executeUpdate("UPDATE answer_events SET writer = pg_current_xact_id()");
                    statement.execute(existingPairs);
                }
                db.commit();
                db.setAutoCommit(true);
                assertEquals(0, ReportData.number(db, "SELECT count(*) FROM answer_pair_counts"),
                        "answer changes wait: so do the pairs");
                assertTrue(aggregates.check(version).agree());
            } finally {
                camel.getRouteController().startRoute(AggregateRoutes.ROUTE);
            }
            drained();
            assertEquals(0, ReportData.number(db, "SELECT count(*) FROM answer_pair_events"));
            AggregateCheck check = aggregates.check(version);
            assertTrue(check.agree(), check.toString());
            assertTotalsAreTheDistributions(crossTabs.crossTab(version, "arki", "yksin"), version);
        }
    }

    @Test
    void aRebuildReplacesCountsThatWentWrongAndTheCheckSeesIt() throws Exception {
        long version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("rebuilt", 3, 0);
        try (Connection db = connect()) {
            ReportData.respondents(db, campaign, 20_000, 40);
            long[] ids = ReportData.respondentIds(db, campaign);
            ReportData.answers(db, campaign, "asuminen", new String[] {"talo", "kerrostalo"}, 1, ids[0], ids[1]);
            drained();
            long right = counted(db, version, "asuminen", null);
            try (var statement = db.createStatement()) {
                statement.executeUpdate("UPDATE answer_counts SET count = count + 7 WHERE survey_version_id = "
                        + version + " AND question_id = 'asuminen' AND value = 'talo' AND municipality = 'Imatra'"
                        + " AND age_band = '75-84' AND language = 'fi'");
            }
            try (var statement = db.createStatement()) {
                statement.executeUpdate("UPDATE response_counts SET count = count - 1 WHERE survey_version_id = "
                        + version + " AND figure = 'called' AND municipality = 'Imatra'");
            }
            AggregateCheck wrong = aggregates.check(version);
            assertFalse(wrong.agree());
            assertEquals(1, wrong.differing());
            assertTrue(wrong.responseDiffering() > 0);
            assertEquals(wrong.rebuiltAnswers() + 7, wrong.liveAnswers());
            aggregates.rebuild(version);
            assertTrue(aggregates.check(version).agree());
            assertEquals(right, counted(db, version, "asuminen", null));
        }
    }

    /** Each line's total is the row question's published count, each column's the column question's. */
    private void assertTotalsAreTheDistributions(CrossTab table, long version) {
        Distribution rows = distributions.distribution(version, table.rowQuestion(), Breakdown.NONE);
        Distribution columns = distributions.distribution(version, table.columnQuestion(), Breakdown.NONE);
        for (CrossTabLine line : table.rows()) {
            if (line.value() != null && !line.total().hidden()) {
                assertEquals(published(rows, line.value()), line.total().count(), line.toString());
            }
        }
        for (int c = 0; c < table.columns().size(); c++) {
            Cell total = table.total().cells().get(c);
            if (!total.hidden()) {
                assertEquals(published(columns, table.columns().get(c)), total.count(), table.columns().get(c));
            }
        }
    }

    private static Long published(Distribution distribution, String value) {
        return distribution.total().answers().stream().filter(a -> a.value().equals(value))
                .map(ValueCount::count).findFirst().orElse(0L);
    }

    private static long pairs(Connection db, long version, String a, String valueA, String b, String valueB)
            throws SQLException {
        return ReportData.number(db, "SELECT COALESCE(sum(count), 0) FROM answer_pair_counts WHERE survey_version_id"
                + " = " + version + " AND question_a = '" + a + "' AND question_b = '" + b + "'"
                + (valueA == null ? "" : " AND value_a = '" + valueA + "'")
                + (valueB == null ? "" : " AND value_b = '" + valueB + "'"));
    }

    private long drainAnswers(int batch) {
        long applied = 0;
        Drained step;
        do {
            step = aggregates.drain(batch);
            applied += step.events();
        } while (step.events() > 0);
        return applied;
    }

    private static long count(fi.kuuleva.admin.report.figures.Cell cell) {
        return cell.count() == null ? 0 : cell.count();
    }

    /** Waits until the route has run twice since now: the second run started after every change was committed. */
    private void drained() {
        NotifyBuilder twice = new NotifyBuilder(camel).fromRoute(AggregateRoutes.ROUTE).whenDone(2).create();
        assertTrue(twice.matches(10, TimeUnit.SECONDS), "the aggregation route ran");
    }

    private static long counted(Connection db, long version, String question, String value) throws SQLException {
        return ReportData.number(db, "SELECT COALESCE(sum(count), 0) FROM answer_counts WHERE survey_version_id = "
                + version + (question == null ? "" : " AND question_id = '" + question + "'")
                + (value == null ? "" : " AND value = '" + value + "'"));
    }

    private static long firstWith(Connection db, long campaign, String question, String value) throws SQLException {
        return ReportData.number(db, "SELECT min(a.respondent_id) FROM answers a JOIN respondents r"
                + " ON r.id = a.respondent_id WHERE r.campaign_id = " + campaign + " AND a.question_id = '" + question
                + "' AND a.value = '" + value + "'");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }
}
