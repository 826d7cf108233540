package fi.kuuleva.admin.report.api;

import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.report.export.ExportCsv;
import fi.kuuleva.admin.report.export.ReportExport;
import fi.kuuleva.admin.report.export.ReportExports;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/** A version's every published figure as one download; each download is audited. */
@Controller("/api/reports/versions/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ANALYST, Roles.OFFICER})
@Tag(name = "Reports")
class ExportController {

    private final ReportExports exports;
    private final Auditor audit;

    ExportController(ReportExports exports, Auditor audit) {
        this.exports = exports;
        this.audit = audit;
    }

    @Get(value = "/export.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<ReportExport> json(long id, Authentication authentication) {
        ReportExport export = exports.export(id);
        audited(authentication, id, "json");
        return HttpResponse.ok(export).header("Content-Disposition", disposition(export, "json"));
    }

    @Get(value = "/export.csv", produces = "text/csv")
    HttpResponse<String> csv(long id, Authentication authentication) {
        ReportExport export = exports.export(id);
        audited(authentication, id, "csv");
        return HttpResponse.ok(ExportCsv.csv(export)).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", disposition(export, "csv"));
    }

    private void audited(Authentication authentication, long id, String format) {
        audit.record(authentication.getName(), "report.export", "survey-version/" + id, Map.of("format", format));
    }

    private static String disposition(ReportExport export, String extension) {
        return "attachment; filename=\"report-" + export.version().slug().replaceAll("[^A-Za-z0-9_-]", "_") + "-v"
                + export.version().versionNo() + "." + extension + "\"";
    }
}
