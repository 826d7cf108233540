package fi.kuuleva.admin.respondent.inbox;

import static fi.kuuleva.admin.respondent.imports.ImportFiles.residents;
import static fi.kuuleva.admin.respondent.imports.ImportFiles.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.kuuleva.admin.Fixtures;
import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.admin.campaign.CampaignRepository;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.admin.respondent.RespondentRepository;
import fi.kuuleva.admin.respondent.RespondentStatus;
import fi.kuuleva.admin.respondent.imports.PastImport;
import fi.kuuleva.admin.respondent.imports.RespondentImports;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The respondent inbox on a real PostgreSQL: files dropped into a temporary inbox are imported by the route and end
 * up in done/ or failed/ with their reports. Files are dropped already a minute old, so the route need not wait for
 * them to settle.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxRoutesIT implements TestPropertyProvider {

    private final Path inbox = TestDatabase.temporaryDirectory("kuuleva-inbox");
    private final Path drafts = TestDatabase.temporaryDirectory("kuuleva-inbox-drafts");

    @Inject
    CamelContext camel;
    @Inject
    Fixtures fixtures;
    @Inject
    CampaignRepository campaigns;
    @Inject
    RespondentRepository respondents;
    @Inject
    RespondentImports imports;
    @Inject
    RespondentInbox respondentInbox;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.import.inbox", inbox.toString());
        properties.put("kuuleva.import.inbox-enabled", "true");
        properties.put("kuuleva.import.inbox-poll-delay", "100ms");
        properties.put("kuuleva.import.max-bytes", "100000");
        return properties;
    }

    @Test
    void anAcceptedFileLandsInDoneAndItsRespondentsExistAndTheSameFileAgainAddsNobody() throws IOException {
        long campaign = draft();
        NotifyBuilder first = finished(1);

        drop(campaign + "/register.csv", residents(0, 20));

        assertTrue(first.matches(20, TimeUnit.SECONDS));
        assertMoved(campaign + "/register.csv", "done");
        assertEquals(20, pending(campaign));
        String report = report("done", campaign + "/register.csv");
        assertTrue(report.contains("\"accepted\":true") && report.contains("\"imported\":20"), report);
        assertEquals(RespondentInbox.ACTOR, imports.history(campaign).get(0).actor());

        NotifyBuilder again = finished(1);
        drop(campaign + "/register.csv", residents(0, 20));

        assertTrue(again.matches(20, TimeUnit.SECONDS));
        assertMoved(campaign + "/register.csv", "done");
        assertEquals(20, pending(campaign), "nobody twice");
        String second = report("done", campaign + "/register.csv");
        assertTrue(second.contains("\"imported\":0") && second.contains("\"alreadyInCampaign\":20"), second);
        assertEquals(2, imports.history(campaign).size());
    }

    @Test
    void aBadFileLandsInFailedWithAReportNamingLineAndFieldAndNothingIsStored() throws IOException {
        long campaign = draft();
        String csv = "Puhelin;Kieli;Kunta;Syntymävuosi\n040 1111111;fi;Lemi;1940\n040 12;fi;Lemi;1941\n"
                + "040 1111111;sv;Imatra;1942\n";
        NotifyBuilder done = finished(1);

        drop(campaign + "/bad.csv", utf8(csv));

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        assertMoved(campaign + "/bad.csv", "failed");
        assertEquals(0, pending(campaign), "nothing stored");
        assertTrue(imports.history(campaign).stream().noneMatch(PastImport::accepted));
        String report = report("failed", campaign + "/bad.csv");
        assertTrue(report.contains("\"accepted\":false"), report);
        assertTrue(report.contains("{\"line\":3,\"field\":\"Puhelin\",\"message\":\"not a valid phone number"),
                report);
        assertTrue(report.contains("\"line\":4,\"field\":\"Puhelin\""), "the duplicate: " + report);
        assertFalse(report.matches("(?s).*\\d[\\d *]{5,}\\d.*"), "no phone number, even masked: " + report);
    }

    @Test
    void filesForAnUnknownOrClosedCampaignOrOutsideACampaignFolderOrEmptyOrTooLargeGoToFailed() throws IOException {
        long open = draft();
        long closed = draft();
        campaigns.update(closed, CampaignState.CANCELLED);
        NotifyBuilder done = finished(6);

        drop("999999/list.csv", residents(100, 5));
        drop(closed + "/list.csv", residents(200, 5));
        drop("Lemi/list.csv", residents(300, 5));
        drop("loose.CSV", residents(300, 5));
        drop(open + "/empty.csv", new byte[0]);
        drop(open + "/large.csv", residents(400, 5_000));

        assertTrue(done.matches(20, TimeUnit.SECONDS));
        for (String name : List.of("999999/list.csv", closed + "/list.csv", "Lemi/list.csv", "loose.CSV",
                open + "/empty.csv", open + "/large.csv")) {
            assertMoved(name, "failed");
        }
        assertTrue(report("failed", "999999/list.csv").contains("no campaign 999999"));
        assertTrue(report("failed", closed + "/list.csv").contains("is CANCELLED"));
        assertTrue(report("failed", "Lemi/list.csv").contains("the folder \\\"Lemi\\\" is not a campaign id"),
                report("failed", "Lemi/list.csv"));
        assertTrue(report("failed", "loose.CSV").contains("the file is not in a campaign's folder: put it in the"
                + " folder named after the campaign's number, e.g. 12/loose.CSV"), report("failed", "loose.CSV"));
        assertTrue(report("failed", open + "/empty.csv").contains("the file is empty"));
        assertTrue(report("failed", open + "/large.csv").contains("bytes; at most 100000 are taken: split it"));
        assertEquals(0, pending(closed) + pending(open));
        assertTrue(imports.history(closed).isEmpty());
    }

    @Test
    void aStoreFailureLeavesTheFileInTheInboxForTheNextPoll() throws Exception {
        long campaign = draft();
        AtomicInteger failures = new AtomicInteger(3);
        AdviceWith.adviceWith(camel, InboxRoutes.ROUTE, route -> route.weaveById("import").before()
                .process(exchange -> {
                    if (failures.getAndDecrement() > 0) {
                        throw new IllegalStateException("the database is down");
                    }
                }));
        NotifyBuilder failed = new NotifyBuilder(camel).fromRoute(InboxRoutes.ROUTE).whenFailed(1).create();
        NotifyBuilder imported = new NotifyBuilder(camel).fromRoute(InboxRoutes.ROUTE).whenCompleted(1).create();

        drop(campaign + "/register.csv", residents(400, 10));

        assertTrue(failed.matches(20, TimeUnit.SECONDS));
        assertTrue(Files.exists(inbox.resolve(campaign + "/register.csv")), "still in the inbox");
        assertFalse(Files.exists(inbox.resolve("failed/" + campaign)));
        assertTrue(imported.matches(20, TimeUnit.SECONDS), "taken again at a later poll");
        assertMoved(campaign + "/register.csv", "done");
        assertEquals(10, pending(campaign));
        assertEquals(1, imports.history(campaign).size());
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithAReport() throws IOException {
        long campaign = draft();
        Path notAFile = Files.createDirectories(drafts.resolve(campaign + "/unreadable.csv"));

        InboxOutcome outcome = respondentInbox.take(notAFile.toString(), campaign + "/unreadable.csv");

        assertFalse(outcome.accepted());
        assertEquals("failed", outcome.folder());
        assertTrue(outcome.report().contains("the file cannot be read"), outcome.report());
        assertTrue(imports.history(campaign).isEmpty());
    }

    private long draft() {
        return campaigns.save(StoredCampaign.draft("inbox", fixtures.testSurvey().versionId(), 3, 0)).id();
    }

    private NotifyBuilder finished(int files) {
        return new NotifyBuilder(camel).fromRoute(InboxRoutes.ROUTE).whenDone(files).create();
    }

    /** Writes the file elsewhere, dates it a minute back (settled) and moves it into the inbox in one step. */
    private void drop(String name, byte[] content) throws IOException {
        Path draft = drafts.resolve(name.replace('/', '-'));
        Files.write(draft, content);
        Files.setLastModifiedTime(draft, FileTime.from(Instant.now().minusSeconds(60)));
        Path target = inbox.resolve(name);
        Files.createDirectories(target.getParent());
        Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The file consumer moves the file in the exchange's completion, which a loaded machine may run a moment after
     * the test saw the exchange done: waits up to ten seconds for the move, then says what the inbox holds.
     */
    private void assertMoved(String name, String folder) throws IOException {
        Path left = inbox.resolve(name);
        Path moved = inbox.resolve(folder).resolve(name);
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !Files.exists(left) && Files.exists(moved));
        } catch (ConditionTimeoutException e) {
            fail(name + " not moved from the inbox to " + folder + " in 10 s; the inbox holds " + inboxListing());
        }
    }

    private String inboxListing() throws IOException {
        try (var files = Files.walk(inbox)) {
            return files.filter(Files::isRegularFile).map(inbox::relativize).map(Path::toString).sorted().toList()
                    .toString();
        }
    }

    private String report(String folder, String name) throws IOException {
        return Files.readString(inbox.resolve(folder).resolve(name + ".report.json"), StandardCharsets.UTF_8);
    }

    private long pending(long campaign) {
        return respondents.countByCampaignIdAndStatus(campaign, RespondentStatus.PENDING);
    }
}
