package fi.kuuleva.admin.report.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.report.ReportData;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

/**
 * Answers keep arriving (new and changed ones, 40 transactions) while the service stops in the middle of the stream
 * and starts again: afterwards the counts equal a recount of the answers.
 */
class AggregatesRestartIT {

    private static final String[] SCALE = {"1", "2", "3", "4", "5"};

    @Test
    void countsEqualARecountAfterARestartInTheMiddleOfAStream() throws Exception {
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.report.aggregate-period", "10ms");
        properties.put("kuuleva.report.batch", "50");
        long version;
        long campaign;
        CountDownLatch halfway = new CountDownLatch(1);
        CompletableFuture<Integer> written;
        try (ApplicationContext first = ApplicationContext.run(properties, "test")) {
            Fixtures fixtures = first.getBean(Fixtures.class);
            version = fixtures.testSurvey().versionId();
            campaign = fixtures.runningCampaign("restart", 3, 0);
            try (Connection db = connect(properties)) {
                ReportData.respondents(db, campaign, 1, 400);
            }
            written = CompletableFuture.supplyAsync(() -> stream(properties, campaign, halfway));
            assertTrue(halfway.await(60, TimeUnit.SECONDS), "a quarter of the stream written");
        }
        try (ApplicationContext second = ApplicationContext.run(properties, "test")) {
            assertTrue(written.get(60, TimeUnit.SECONDS) > 0);
            CamelContext camel = second.getBean(CamelContext.class);
            NotifyBuilder twice = new NotifyBuilder(camel).fromRoute(AggregateRoutes.ROUTE).whenDone(2).create();
            assertTrue(twice.matches(20, TimeUnit.SECONDS));
            AggregateCheck check = second.getBean(AnswerAggregates.class).check(version);
            assertEquals(0, check.pending(), check.toString());
            assertTrue(check.agree(), check.toString());
            try (Connection db = connect(properties)) {
                assertEquals(ReportData.number(db, "SELECT count(*) FROM answers"), check.liveAnswers());
                assertEquals(800, check.liveAnswers(), "two questions of 400 respondents");
            }
        }
    }

    /** Forty transactions of new and changed answers, written on while the service stops and starts. */
    private static int stream(Map<String, Object> properties, long campaign, CountDownLatch halfway) {
        try (Connection db = connect(properties)) {
            long[] ids = ReportData.respondentIds(db, campaign);
            int written = 0;
            for (int step = 0; step < 40; step++) {
                if (step == 10) {
                    halfway.countDown();
                }
                long from = ids[0] + (step / 2 % 10) * 40;
                String question = step % 2 == 0 ? "arki" : "yksin";
                String[] values = question.equals("arki") ? SCALE : new String[] {"yes", "no"};
                written += ReportData.answers(db, campaign, question, values, step + 2, from, from + 39);
            }
            return written;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(Map<String, Object> properties) throws SQLException {
        return DriverManager.getConnection((String) properties.get("datasources.default.url"),
                (String) properties.get("datasources.default.username"),
                (String) properties.get("datasources.default.password"));
    }
}
