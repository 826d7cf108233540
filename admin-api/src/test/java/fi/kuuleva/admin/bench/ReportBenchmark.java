package fi.kuuleva.admin.bench;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.admin.db.EmbeddedDatabase;
import fi.kuuleva.admin.report.ReportData;
import fi.kuuleva.admin.report.aggregate.AggregateCheck;
import fi.kuuleva.admin.report.aggregate.AnswerAggregates;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.TestLogins;
import fi.kuuleva.admin.survey.SurveyPublisher;
import fi.kuuleva.script.SurveyScripts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;

/**
 * Answers per second through the aggregation route, and report request latency over HTTP with a million answers, on
 * the embedded PostgreSQL with the service's durable settings. Not a test: run with {@code mvn -pl admin-api -am
 * -Pbench-reports -DskipTests verify} (properties bench.respondents, bench.batch, bench.requests).
 */
public final class ReportBenchmark {

    private static final String ROUTE = "report-aggregates";
    private static final String[] SCALE = {"1", "2", "3", "4", "5", "4", "3"};
    private static final Map<String, String[]> QUESTIONS = new LinkedHashMap<>();

    static {
        for (int q = 1; q <= 6; q++) {
            QUESTIONS.put("q" + q, SCALE);
        }
        QUESTIONS.put("q7", new String[] {"yes", "no"});
        QUESTIONS.put("q8", new String[] {"yes", "no", "no"});
        QUESTIONS.put("q9", new String[] {"talo", "kerrostalo", "palvelutalo"});
        QUESTIONS.put("q10", new String[] {"itse", "omainen", "apu"});
    }

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int respondents = Integer.getInteger("bench.respondents", 100_000);
        int batch = Integer.getInteger("bench.batch", 5000);
        int requests = Integer.getInteger("bench.requests", 200);
        Path data = Path.of("target", "bench-reports-db").toAbsolutePath();
        TestDatabase.delete(data);
        Map<String, Object> properties = Map.of("kuuleva.db.embedded.data-dir", data.toString(),
                "kuuleva.db.embedded.port", 0, "kuuleva.db.embedded.durable", true,
                "kuuleva.report.export.enabled", false, "kuuleva.report.aggregate-period", "20ms",
                "kuuleva.report.batch", batch, "micronaut.server.port", -1);
        // The test environment: no dispatcher, and the tests' fixed signing key for the analyst's token.
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "bench", "test");
             HttpClient client = HttpClient.create(server.getURL(), slowRequestsAllowed())) {
            ApplicationContext context = server.getApplicationContext();
            CamelContext camel = context.getBean(CamelContext.class);
            long version = publish(context);
            long campaign = campaign(context, version);
            EmbeddedDatabase embedded = context.getBean(EmbeddedDatabase.class);
            try (Connection db = DriverManager.getConnection(embedded.jdbcUrl(), EmbeddedDatabase.SERVICE_ROLE,
                    embedded.servicePassword())) {
                camel.getRouteController().stopRoute(ROUTE);
                long started = System.nanoTime();
                ReportData.respondents(db, campaign, 1, respondents);
                long[] ids = ReportData.respondentIds(db, campaign);
                long answers = 0;
                for (Map.Entry<String, String[]> question : QUESTIONS.entrySet()) {
                    answers += ReportData.answers(db, campaign, question.getKey(), question.getValue(), 13, ids[0],
                            ids[1]);
                }
                System.out.printf("stored %,d answers of %,d respondents (with their change events) in %.1f s%n",
                        answers, respondents, seconds(System.nanoTime() - started));
                throughput(camel, db, answers, "first answers");
                List<Double> rates = new ArrayList<>();
                for (int run = 0; run < 3; run++) {
                    camel.getRouteController().stopRoute(ROUTE);
                    long changed = 0;
                    for (String question : List.of("q1", "q2")) {
                        changed += ReportData.answers(db, campaign, question, rotated(run + 1), 13, ids[0], ids[1]);
                    }
                    long pending = ReportData.number(db, "SELECT count(*) FROM answer_events");
                    rates.add(throughput(camel, db, pending, "changed answers (" + changed + " rewritten)"));
                }
                System.out.printf("changed answers through the route: median %,.0f answers/s%n", median(rates));
                AggregateCheck check = context.getBean(AnswerAggregates.class).check(version);
                System.out.printf("check: agree=%s, %,d answers counted, %,d recounted, %d pair cells differ; %,d"
                        + " answer pair cells kept%n", check.agree(), check.liveAnswers(), check.rebuiltAnswers(),
                        check.pairDiffering(), ReportData.number(db, "SELECT count(*) FROM answer_pair_counts"));
                try (var statement = db.createStatement()) {
                    statement.execute("ANALYZE");
                }
            }
            latencies(client.toBlocking(), TestLogins.bearer(context, Roles.ANALYST), version, requests);
        }
        TestDatabase.delete(data);
    }

    /** Starts the route and times it until every waiting change is applied; returns answers per second. */
    private static double throughput(CamelContext camel, Connection db, long answers, String label) throws Exception {
        long started = System.nanoTime();
        camel.getRouteController().startRoute(ROUTE);
        while (ReportData.number(db, "SELECT count(*) FROM answer_events") > 0) {
            Thread.sleep(20);
        }
        double seconds = seconds(System.nanoTime() - started);
        double rate = answers / seconds;
        System.out.printf("%s: %,d answer changes applied in %.2f s = %,.0f answers/s%n", label, answers, seconds,
                rate);
        return rate;
    }

    /**
     * The client's default 10 s read timeout stopped every loaded-machine run at the recount or the printable report,
     * after the latencies: those are timed, not limited, here.
     */
    private static DefaultHttpClientConfiguration slowRequestsAllowed() {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setReadTimeout(Duration.ofMinutes(5));
        return configuration;
    }

    private static void latencies(BlockingHttpClient http, String token, long version, int requests) {
        String base = "/api/reports/versions/" + version;
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        List<String> distributions = new ArrayList<>();
        for (String question : QUESTIONS.keySet()) {
            for (String by : List.of("", "?by=municipality", "?by=ageBand", "?by=language")) {
                distributions.add(base + "/questions/" + question + "/distribution" + by);
            }
        }
        kinds.put("distribution", distributions);
        kinds.put("response", List.of(base + "/response", base + "/response?by=municipality",
                base + "/response?by=ageBand", base + "/response?by=language"));
        kinds.put("versions", List.of("/api/reports/versions"));
        kinds.put("questions", List.of(base + "/questions"));
        kinds.put("weights", List.of(base + "/weights"));
        kinds.put("weighted", List.of(base + "/questions/q1/distribution/weighted",
                base + "/questions/q7/distribution/weighted"));
        kinds.put("quality", List.of(base + "/quality", base + "/quality?by=municipality",
                base + "/quality?by=ageBand", base + "/quality?by=language"));
        kinds.put("rounds", List.of("/api/reports/rounds?question=q1&values=4,5&versions=" + version + "," + version,
                "/api/reports/rounds?question=q7&values=yes&by=municipality&versions=" + version + "," + version));
        kinds.put("indicators", List.of(base + "/indicators?by=municipality"));
        kinds.put("crosstab", List.of(base + "/crosstab?row=q1&column=q7", base + "/crosstab?row=q9&column=q2",
                base + "/crosstab?row=q8&column=q10"));
        http.exchange(HttpRequest.PUT("/api/reports/population", "Lappeenranta;65-74;9000\nLappeenranta;75-84;6000\n"
                + "Imatra;65-74;4000\nImatra;75-84;3000\nLuumäki;85+;400\n").contentType("text/csv").bearerAuth(token));
        http.exchange(HttpRequest.POST(base + "/indicators", Map.of("name", "q1 hyvä", "questionId", "q1",
                "values", List.of("4", "5"))).bearerAuth(token));
        List<Long> all = new ArrayList<>();
        for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
            List<String> paths = kind.getValue();
            for (int i = 0; i < 20; i++) {
                http.retrieve(HttpRequest.GET(paths.get(i % paths.size())).bearerAuth(token), String.class);
            }
            long[] times = new long[requests];
            for (int i = 0; i < requests; i++) {
                long started = System.nanoTime();
                http.retrieve(HttpRequest.GET(paths.get(i % paths.size())).bearerAuth(token), String.class);
                times[i] = System.nanoTime() - started;
                all.add(times[i]);
            }
            Arrays.sort(times);
            System.out.printf("%-12s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d requests)%n", kind.getKey(),
                    ms(times[requests / 2]), ms(times[requests * 95 / 100]), ms(times[requests - 1]), requests);
        }
        long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("all reports p50 %.1f ms  p95 %.1f ms (%d requests)%n", ms(every[every.length / 2]),
                ms(every[every.length * 95 / 100]), every.length);
        long[] exports = new long[5];
        for (int i = 0; i < exports.length; i++) {
            long started = System.nanoTime();
            http.retrieve(HttpRequest.GET(base + "/export.json").bearerAuth(token), String.class);
            exports[i] = System.nanoTime() - started;
        }
        Arrays.sort(exports);
        long[] checks = new long[5];
        for (int i = 0; i < checks.length; i++) {
            long started = System.nanoTime();
            http.retrieve(HttpRequest.GET(base + "/check").bearerAuth(token), String.class);
            checks[i] = System.nanoTime() - started;
        }
        Arrays.sort(checks);
        System.out.printf("export.json median %.0f ms; check (recount of every answer) median %.0f ms (5 each)%n",
                ms(exports[2]), ms(checks[2]));
        long[] pdfs = new long[5];
        int size = 0;
        for (int i = 0; i < pdfs.length; i++) {
            long started = System.nanoTime();
            size = http.retrieve(HttpRequest.GET(base + "/report.pdf?lang=" + List.of("fi", "sv").get(i % 2))
                    .bearerAuth(token), byte[].class).length;
            pdfs[i] = System.nanoTime() - started;
        }
        Arrays.sort(pdfs);
        System.out.printf("report.pdf median %.0f ms, slowest %.0f ms (5, the first one cold; %,d bytes)%n",
                ms(pdfs[2]), ms(pdfs[4]), size);
    }

    private static long publish(ApplicationContext context) throws Exception {
        try (InputStream in = ReportBenchmark.class.getResourceAsStream("/surveys/bench-report.yaml")) {
            return context.getBean(SurveyPublisher.class).publish(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8), SurveyScripts.Format.YAML, "bench").versionId();
        }
    }

    private static long campaign(ApplicationContext context, long version) {
        CampaignRepository campaigns = context.getBean(CampaignRepository.class);
        long id = campaigns.save(StoredCampaign.draft("report benchmark", version, 3, 0)).id();
        campaigns.update(id, CampaignState.COMPLETED);
        return id;
    }

    /** The scale's values shifted by {@code by}: most answers change to another value. */
    private static String[] rotated(int by) {
        String[] values = new String[SCALE.length];
        for (int i = 0; i < SCALE.length; i++) {
            values[i] = SCALE[(i + by) % SCALE.length];
        }
        return values;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
