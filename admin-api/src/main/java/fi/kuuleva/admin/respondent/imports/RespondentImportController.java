package fi.kuuleva.admin.respondent.imports;

import fi.kuuleva.admin.audit.AuditedRead;
import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.QueryFlag;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;

/** An officer's respondent file into a campaign (200 imported, 422 refused, both with the report), and past imports. */
@Controller("/api/campaigns/{id}")
@Secured(Roles.OFFICER)
@Tag(name = "Campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
class RespondentImportController {

    private final RespondentImports imports;

    RespondentImportController(RespondentImports imports) {
        this.imports = imports;
    }

    @Post(value = "/respondents", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<ImportReport> upload(long id, @Part("file") CompletedFileUpload file,
                                      @Nullable @QueryValue String dryRun,
                                      Authentication authentication) throws IOException {
        boolean onlyCheck = QueryFlag.read("dryRun", dryRun, false);
        ImportReport report = run(() -> imports.importFile(id, file.getBytes(), authentication.getName(), onlyCheck));
        return HttpResponse.status(report.accepted() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(report);
    }

    @Get("/imports")
    @AuditedRead(value = "imports.read", subject = "campaign/{id}")
    List<PastImport> history(long id) throws IOException {
        return run(() -> imports.history(id));
    }

    private interface Call<T> {
        T run() throws IOException;
    }

    private static <T> T run(Call<T> call) throws IOException {
        try {
            return call.run();
        } catch (ImportNotAllowed e) {
            throw switch (e.reason()) {
                case UNKNOWN_CAMPAIGN -> ApiProblem.notFound(e.getMessage());
                case CAMPAIGN_CLOSED -> ApiProblem.conflict(e.getMessage());
                case TOO_LARGE -> ApiProblem.tooLarge(e.getMessage());
            };
        }
    }
}
