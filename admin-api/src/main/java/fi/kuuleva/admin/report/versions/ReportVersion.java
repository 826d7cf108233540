package fi.kuuleva.admin.report.versions;

import io.micronaut.serde.annotation.Serdeable;

/** A published survey version with reports: its respondents (in its campaigns) and counted answers. */
@Serdeable
public record ReportVersion(long versionId, String slug, int versionNo, String title, long respondents, long answers) {
}
