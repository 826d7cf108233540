package fi.kuuleva.admin.respondent.imports;

import fi.kuuleva.admin.audit.AuditEntry;
import fi.kuuleva.admin.audit.AuditLog;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.campaign.respondents.Accepted;
import fi.kuuleva.campaign.respondents.ImportProblem;
import fi.kuuleva.campaign.respondents.ImportResult;
import fi.kuuleva.campaign.respondents.NewRespondents;
import fi.kuuleva.campaign.respondents.Refused;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a read import in one transaction: locks the campaign row (imports into one campaign take turns, so a number
 * is never added twice), adds the respondents new to the campaign unless it is a dry run or the file was refused,
 * and keeps the import's record and an audit entry. Thread-safe.
 */
@Singleton
class ImportStore {

    private final ImportRepository repository;
    private final AuditLog audit;
    private final JdbcOperations jdbc;
    private final JsonMapper json;

    ImportStore(ImportRepository repository, AuditLog audit, JdbcOperations jdbc, JsonMapper json) {
        this.repository = repository;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The file as it came: its SHA-256 (hex) and size. */
    record FileFacts(String sha256, int bytes) {
    }

    @Transactional
    ImportReport store(long campaignId, ImportResult result, FileFacts file, String actor, boolean dryRun,
                       Instant at) {
        String state = repository.lockCampaign(campaignId).orElseThrow(() -> RespondentImports.unknown(campaignId));
        RespondentImports.refuseClosed(campaignId, CampaignState.valueOf(state));
        ImportReport report = result instanceof Accepted accepted
                ? accepted(campaignId, accepted, dryRun, at)
                : refused((Refused) result, campaignId, dryRun);
        StoredImport stored = repository.save(new StoredImport(null, campaignId, actor, at, file.sha256(),
                file.bytes(), dryRun, report.accepted(), report.rows(), report.imported(),
                report.alreadyInCampaign(), report.leftOutDoNotCall(), report.encoding(), report.delimiter(),
                write(withoutNumbers(report.errors())), write(withoutNumbers(report.warnings()))));
        audit.save(new AuditEntry(null, at, actor, "respondents.import", "campaign/" + campaignId,
                write(auditDetails(stored))));
        return withId(report, stored.id());
    }

    private ImportReport accepted(long campaignId, Accepted accepted, boolean dryRun, Instant at) {
        Set<PhoneNumber> existing = repository.phonesIn(campaignId).stream().map(PhoneNumber::new)
                .collect(Collectors.toSet());
        NewRespondents.Split split = NewRespondents.split(accepted.respondents(), existing);
        if (!dryRun && !split.toAdd().isEmpty()) {
            long copied = jdbc.execute(connection -> RespondentCopy.copy(connection, campaignId, split.toAdd(), at));
            if (copied != split.toAdd().size()) {
                throw new IllegalStateException("COPY stored " + copied + " of " + split.toAdd().size() + " rows");
            }
        }
        var summary = accepted.summary();
        return new ImportReport(0, campaignId, true, dryRun, summary.rows(), split.toAdd().size(),
                split.alreadyInCampaign().size(), summary.leftOutDoNotCall(), summary.encoding(),
                String.valueOf(summary.delimiter()), List.of(), lines(accepted.warnings()));
    }

    private static ImportReport refused(Refused refused, long campaignId, boolean dryRun) {
        return new ImportReport(0, campaignId, false, dryRun, 0, 0, 0, 0, null, null, lines(refused.errors()),
                lines(refused.warnings()));
    }

    private static List<ImportLine> lines(List<ImportProblem> problems) {
        return problems.stream().map(ImportLine::of).toList();
    }

    private static List<ImportLine> withoutNumbers(List<ImportLine> lines) {
        return lines.stream().map(ImportLine::withoutNumbers).toList();
    }

    private static ImportReport withId(ImportReport r, long id) {
        return new ImportReport(id, r.campaignId(), r.accepted(), r.dryRun(), r.rows(), r.imported(),
                r.alreadyInCampaign(), r.leftOutDoNotCall(), r.encoding(), r.delimiter(), r.errors(), r.warnings());
    }

    private static Map<String, Object> auditDetails(StoredImport stored) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("importId", stored.id());
        details.put("fileSha256", stored.fileSha256());
        details.put("dryRun", stored.dryRun());
        details.put("accepted", stored.accepted());
        details.put("rows", stored.rows());
        details.put("imported", stored.imported());
        details.put("alreadyInCampaign", stored.alreadyInCampaign());
        return details;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
