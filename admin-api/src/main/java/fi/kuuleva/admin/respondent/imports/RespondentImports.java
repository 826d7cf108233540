package fi.kuuleva.admin.respondent.imports;

import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.campaign.respondents.ImportResult;
import fi.kuuleva.campaign.respondents.RespondentImport;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an officer's respondent file into a campaign, all or nothing (call-scheduler's {@link RespondentImport}),
 * numbers on the do-not-call list left out, numbers the campaign already has not added again; every import, dry
 * run or refused, is recorded. Thread-safe.
 */
@Singleton
public class RespondentImports {

    private static final Logger LOG = LoggerFactory.getLogger(RespondentImports.class);
    private static final Argument<List<ImportLine>> LINES = Argument.listOf(ImportLine.class);

    private final ImportRepository repository;
    private final ImportStore store;
    private final ImportConfig config;
    private final JsonMapper json;
    private final Clock clock;

    RespondentImports(ImportRepository repository, ImportStore store, ImportConfig config, JsonMapper json,
                      Clock clock) {
        this.repository = repository;
        this.store = store;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Reads {@code csv} and, when it is accepted and {@code dryRun} is false, adds its new respondents to the
     * campaign. Throws {@link ImportNotAllowed} for an unknown or closed campaign or a file over the size limit.
     */
    public ImportReport importFile(long campaignId, byte[] csv, String actor, boolean dryRun) {
        if (csv.length > config.maxBytes()) {
            throw new ImportNotAllowed(ImportNotAllowed.Reason.TOO_LARGE, "the file has " + csv.length
                    + " bytes; at most " + config.maxBytes() + " are taken: split it");
        }
        String state = repository.campaignState(campaignId).orElseThrow(() -> unknown(campaignId));
        refuseClosed(campaignId, CampaignState.valueOf(state));
        Set<PhoneNumber> doNotCall = repository.doNotCall().stream().map(PhoneNumber::new)
                .collect(Collectors.toUnmodifiableSet());
        long started = System.nanoTime();
        ImportResult result = new RespondentImport(doNotCall::contains, clock).read(csv);
        long read = System.nanoTime();
        ImportReport report = store.store(campaignId, result, new ImportStore.FileFacts(sha256(csv), csv.length),
                actor, dryRun, clock.instant());
        LOG.info("import {} into campaign {}: {} rows read in {} ms, {} added in {} ms", report.importId(),
                campaignId, report.rows(), (read - started) / 1_000_000, report.imported(),
                (System.nanoTime() - read) / 1_000_000);
        return report;
    }

    /** The campaign's imports, latest first. */
    public List<PastImport> history(long campaignId) {
        repository.campaignState(campaignId).orElseThrow(() -> unknown(campaignId));
        return repository.findByCampaignIdOrderByIdDesc(campaignId).stream().map(this::past).toList();
    }

    private PastImport past(StoredImport s) {
        return new PastImport(s.id(), s.at(), s.actor(), s.fileSha256(), s.fileBytes(), s.accepted(), s.dryRun(),
                s.rows(), s.imported(), s.alreadyInCampaign(), s.leftOutDoNotCall(), s.encoding(), s.delimiter(),
                read(s.errors()), read(s.warnings()));
    }

    private List<ImportLine> read(String lines) {
        try {
            return json.readValue(lines, LINES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportNotAllowed unknown(long campaignId) {
        return new ImportNotAllowed(ImportNotAllowed.Reason.UNKNOWN_CAMPAIGN, "no campaign " + campaignId);
    }

    static void refuseClosed(long campaignId, CampaignState state) {
        if (state == CampaignState.COMPLETED || state == CampaignState.CANCELLED) {
            throw new ImportNotAllowed(ImportNotAllowed.Reason.CAMPAIGN_CLOSED, "campaign " + campaignId + " is "
                    + state + ": respondents can no longer be added");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
