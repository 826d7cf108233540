package fi.kuuleva.admin.preview;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.survey.ScriptBody;
import fi.kuuleva.admin.survey.ScriptChecker;
import fi.kuuleva.script.InvalidScriptException;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;

/** Officers see how long a draft script's call takes before a resident hears the first question. */
@Controller("/api")
@Secured(Roles.OFFICER)
@Tag(name = "Surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
class TimingController {

    private final SurveySource surveys;
    private final ScriptTiming timing;

    TimingController(SurveySource surveys, ScriptTiming timing) {
        this.surveys = surveys;
        this.timing = timing;
    }

    /** The draft's figures as {@code ./ivr check --timing} prints them; 422 with the problems of an invalid script. */
    @Post("/surveys/timing")
    List<TimingRow> timing(@Body ScriptBody body) throws IOException {
        if (body.script() == null || body.script().isBlank()) {
            throw ApiProblem.badRequest("$.script", "is required");
        }
        try {
            return timing.rows(surveys.of(body.script(), body.format(), null).survey());
        } catch (InvalidScriptException e) {
            throw ScriptChecker.refusal(e, "the script has problems; check it with /api/surveys/validate");
        }
    }
}
