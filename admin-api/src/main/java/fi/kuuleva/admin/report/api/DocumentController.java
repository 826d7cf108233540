package fi.kuuleva.admin.report.api;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.report.document.PrintableReports;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.survey.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;

/** The printable report of a version, in Finnish, Swedish or English, as HTML or PDF; each download is audited. */
@Controller("/api/reports/versions/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ANALYST, Roles.OFFICER})
@Tag(name = "Reports")
class DocumentController {

    private final PrintableReports reports;
    private final Auditor audit;

    DocumentController(PrintableReports reports, Auditor audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @Get(value = "/report.html", produces = "text/html")
    HttpResponse<String> html(long id, @Nullable @QueryValue String lang, Authentication authentication) {
        Language language = language(lang);
        String html = reports.html(id, language);
        audited(authentication, id, "html", language);
        return HttpResponse.ok(html).contentType("text/html; charset=utf-8");
    }

    @Get(value = "/report.pdf", produces = "application/pdf")
    HttpResponse<byte[]> pdf(long id, @Nullable @QueryValue String lang, Authentication authentication) {
        Language language = language(lang);
        byte[] pdf = reports.pdf(id, language);
        audited(authentication, id, "pdf", language);
        return HttpResponse.ok(pdf).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"report-" + id + "-" + language.code() + ".pdf\"");
    }

    private static Language language(String lang) {
        return lang == null ? Language.FI : Language.fromCode(lang).orElseThrow(() -> ApiProblem.badRequest("$.lang",
                "'" + lang + "' is not one of fi, sv, en"));
    }

    private void audited(Authentication authentication, long id, String format, Language language) {
        audit.record(authentication.getName(), "report.document", "survey-version/" + id,
                Map.of("format", format, "language", language.code()));
    }
}
