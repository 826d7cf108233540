package fi.kuuleva.admin.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.audit.AuditLog;
import fi.kuuleva.admin.report.ReportData;
import fi.kuuleva.admin.report.aggregate.AnswerAggregates;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The scheduled export route: fired by hand instead of its timer, it delivers each version's JSON and CSV and then
 * the manifest to the configured endpoint (a temporary folder), audited as exported by the system.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRoutesIT implements TestPropertyProvider {

    private final Path folder = TestDatabase.temporaryDirectory("kuuleva-exports");
    private final Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());

    @Inject
    CamelContext camel;
    @Inject
    Fixtures fixtures;
    @Inject
    AnswerAggregates aggregates;
    @Inject
    AuditLog audit;

    @Override
    public Map<String, String> getProperties() {
        properties.put("kuuleva.report.export.uri", "file:" + folder);
        return properties;
    }

    @Test
    void aRunDeliversEachVersionsFilesThenTheManifest() throws Exception {
        long version = fixtures.testSurvey().versionId();
        long campaign = fixtures.runningCampaign("export", 3, 0);
        try (Connection db = DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"))) {
            ReportData.respondents(db, campaign, 1, 60);
            long[] ids = ReportData.respondentIds(db, campaign);
            ReportData.answers(db, campaign, "arki", new String[] {"1", "2", "3", "4", "5"}, 3, ids[0], ids[1]);
        }
        aggregates.drainAll(1000);
        AdviceWith.adviceWith(camel, ExportRoutes.ROUTE, route -> {
            route.replaceFromWith("direct:export-now");
            route.weaveById("deliver").before().to("mock:delivered");
        });
        MockEndpoint delivered = camel.getEndpoint("mock:delivered", MockEndpoint.class);
        delivered.expectedMessageCount(2);
        delivered.allMessages().header(Exchange.FILE_NAME).startsWith("report-store-test-v1-");
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute(ExportRoutes.ROUTE).whenDone(1).create();

        camel.createProducerTemplate().sendBody("direct:export-now", null);

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        delivered.assertIsSatisfied(5_000);
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(path -> path.getFileName().toString()).sorted().toList();
        }
        assertEquals(3, names.size(), names.toString());
        assertTrue(names.get(0).startsWith("manifest-") && names.get(0).endsWith(".json"), names.toString());
        assertTrue(names.get(1).matches("report-store-test-v1-\\d{8}T\\d{6}Z\\.csv"), names.toString());
        assertTrue(names.get(2).matches("report-store-test-v1-\\d{8}T\\d{6}Z\\.json"), names.toString());
        String manifest = Files.readString(folder.resolve(names.get(0)));
        assertTrue(manifest.contains(names.get(1)) && manifest.contains(names.get(2)), manifest);
        assertTrue(Files.readString(folder.resolve(names.get(1))).startsWith(ExportCsv.HEADER));
        assertEquals(1, audit.findBySubjectOrderByAt("survey-version/" + version).stream()
                .filter(entry -> entry.actor().equals(ScheduledExport.ACTOR)).count());
    }
}
