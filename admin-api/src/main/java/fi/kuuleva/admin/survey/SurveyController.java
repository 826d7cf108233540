package fi.kuuleva.admin.survey;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.script.InvalidScriptException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Officers list, check and publish survey scripts and read published versions. */
@Controller("/api")
@Secured(Roles.OFFICER)
@Tag(name = "Surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
class SurveyController {

    @Serdeable
    record Published(long surveyId, long versionId, int versionNo) {
    }

    private final SurveyCatalog catalog;
    private final SurveyPublishing publishing;

    SurveyController(SurveyCatalog catalog, SurveyPublishing publishing) {
        this.catalog = catalog;
        this.publishing = publishing;
    }

    @Get("/surveys")
    List<SurveyListItem> list() {
        return catalog.list();
    }

    /** The editor's live check: 200 whether or not the script is valid. */
    @Post("/surveys/validate")
    ScriptCheck validate(@Body ScriptBody body) {
        return ScriptChecker.check(ScriptText.of(body.script(), body.format()));
    }

    /** 201 for a new version, 200 when the same text was published before, 422 with every problem. */
    @Post("/surveys")
    HttpResponse<Published> publish(@Body ScriptBody body, Authentication authentication) {
        try {
            PublishedVersion version = publishing.publish(ScriptText.of(body.script(), body.format()),
                    authentication.getName());
            Published published = new Published(version.surveyId(), version.versionId(), version.versionNo());
            return version.created() ? HttpResponse.created(published) : HttpResponse.ok(published);
        } catch (InvalidScriptException e) {
            throw ScriptChecker.refusal(e, "the script has " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + "; nothing was published");
        }
    }

    @Get("/survey-versions/{id}")
    VersionDetail version(long id) {
        return catalog.version(id).orElseThrow(() -> ApiProblem.notFound("no survey version " + id));
    }
}
