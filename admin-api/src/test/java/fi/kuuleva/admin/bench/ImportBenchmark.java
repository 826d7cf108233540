package fi.kuuleva.admin.bench;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.TestRows;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.admin.respondent.imports.ImportFiles;
import fi.kuuleva.admin.respondent.imports.ImportReport;
import fi.kuuleva.admin.respondent.imports.RespondentImports;
import fi.kuuleva.campaign.DoNotCallList;
import fi.kuuleva.campaign.respondents.Accepted;
import fi.kuuleva.campaign.respondents.RespondentImport;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Rows per second importing one 100,000-row respondent file: read only (call-scheduler's pure import) and stored
 * end to end (read, campaign locked, numbers compared, COPY, record, commit) into the embedded PostgreSQL with the
 * service's durable settings, each into a fresh campaign. Not a test: run with {@code mvn -pl admin-api -am -Pbench
 * -DskipTests -Dexec.skip -Dbench.telephony.skip=true -Dbench.dispatch.skip=true verify} (bench.import.rows,
 * bench.import.runs).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        int rows = Integer.getInteger("bench.import.rows", 100_000);
        int runs = Integer.getInteger("bench.import.runs", 5);
        Path data = Path.of("target", "bench-import-db").toAbsolutePath();
        TestDatabase.delete(data);
        Map<String, Object> properties = Map.of("kuuleva.db.embedded.data-dir", data.toString(),
                "kuuleva.db.embedded.port", 0, "kuuleva.db.embedded.durable", true, "kuuleva.dispatcher.enabled", false);
        byte[] file = ImportFiles.residents(0, rows);
        try (ApplicationContext context = ApplicationContext.run(properties, "bench")) {
            context.getBean(TestRows.class).insertDoNotCall(10_000);
            Set<String> listed = IntStream.range(0, 10_000).mapToObj(n -> "+358" + (5_000_000_001L + n))
                    .collect(Collectors.toSet());
            RespondentImport pure = new RespondentImport(DoNotCallList.of(listed), Clock.systemUTC());
            RespondentImports stored = context.getBean(RespondentImports.class);
            CampaignRepository campaigns = context.getBean(CampaignRepository.class);
            long version = context.getBean(Fixtures.class).testSurvey().versionId();
            System.out.printf("file: %,d rows, %,d bytes (UTF-8, semicolons); 10,000 numbers on the do-not-call"
                    + " list%n", rows, file.length);

            IntSupplier read = () -> ((Accepted) pure.read(file)).summary().respondents();
            IntSupplier store = () -> {
                long campaign = campaigns.save(StoredCampaign.draft("bench", version, 3, 0)).id();
                ImportReport report = stored.importFile(campaign, file, "bench", false);
                return report.imported();
            };
            measure("warm-up read", read, 2, rows);
            measure("read only", read, runs, rows);
            measure("warm-up stored", store, 1, rows);
            measure("stored", store, runs, rows);
        }
        TestDatabase.delete(data);
    }

    private static void measure(String label, IntSupplier run, int times, int rows) {
        double[] rates = new double[times];
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            int done = run.getAsInt();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (done != rows) {
                throw new IllegalStateException(label + ": " + done + " of " + rows + " rows");
            }
            rates[i] = rows / seconds;
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf("%-15s runs=%d: median %,8.0f rows/s (%.2f s per file); runs %s%n", label, times,
                sorted[times / 2], rows / sorted[times / 2], Arrays.stream(rates)
                        .mapToObj(r -> String.format("%,.0f", r)).collect(Collectors.joining(", ")));
    }
}
