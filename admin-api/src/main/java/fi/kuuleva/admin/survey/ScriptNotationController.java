package fi.kuuleva.admin.survey;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.script.InvalidScriptException;
import fi.kuuleva.script.ScriptNotations;
import fi.kuuleva.script.SurveyScripts;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Officers' survey builder edits the script as JSON and shows it as YAML: this rewrites one notation as the other.
 * Only the notation is checked (the survey's checks are {@code /api/surveys/validate}'s); nothing is stored.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.OFFICER)
@Tag(name = "Surveys")
class ScriptNotationController {

    /** The script in the notation asked for. */
    @Serdeable
    record Rewritten(String script, String format) {
    }

    /** 200 with the rewritten script; 422 with the line where the text stops being its notation. */
    @Post("/surveys/notation")
    Rewritten rewrite(@Body NotationBody body) {
        ScriptText text = ScriptText.of(body.script(), body.format());
        SurveyScripts.Format to = ScriptText.format(body.to()).orElseThrow(() ->
                ApiProblem.badRequest("$.to", "must be YAML or JSON, not '" + body.to() + "'"));
        try {
            return new Rewritten(ScriptNotations.convert(text.script(), text.format(), to, "script"), to.name());
        } catch (InvalidScriptException e) {
            throw ScriptChecker.refusal(e, "the script is not valid " + text.format() + "; nothing was rewritten");
        }
    }
}
