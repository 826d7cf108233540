package fi.kuuleva.admin.report.export;

import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.report.versions.ReportVersion;
import fi.kuuleva.admin.report.versions.ReportVersions;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the scheduled export delivers: for each version with answers a JSON and a CSV file, audited as exported by
 * {@code system}; and the manifest listing them.
 */
@Singleton
public class ScheduledExport {

    static final String ACTOR = "system:report-export";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final ReportVersions versions;
    private final ReportExports exports;
    private final ObjectMapper json;
    private final Auditor audit;
    private final Clock clock;

    public ScheduledExport(ReportVersions versions, ReportExports exports, ObjectMapper json, Auditor audit,
                           Clock clock) {
        this.versions = versions;
        this.exports = exports;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ExportFile> files() {
        String stamp = STAMP.format(clock.instant());
        List<ExportFile> files = new ArrayList<>();
        for (ReportVersion version : versions.versions()) {
            if (version.answers() == 0) {
                continue;
            }
            ReportExport export = exports.export(version.versionId());
            String base = "report-" + version.slug() + "-v" + version.versionNo() + "-" + stamp;
            files.add(new ExportFile(base + ".json", write(export)));
            files.add(new ExportFile(base + ".csv", ExportCsv.csv(export)));
            audit.record(ACTOR, "report.export", "survey-version/" + version.versionId(),
                    Map.of("format", "json+csv", "files", base));
        }
        return files;
    }

    /** The manifest of one run: the files delivered, named after the run's time. */
    public ExportFile manifest(List<String> names) {
        String stamp = STAMP.format(clock.instant());
        return new ExportFile("manifest-" + stamp + ".json", write(Map.of("files", names)));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
