package fi.kuuleva.admin.preview;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.survey.ScriptChecker;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.script.InvalidScriptException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;

/** Officers hear prompts and play a survey as text before any resident is called. */
@Controller("/api")
@Secured(Roles.OFFICER)
@Tag(name = "Surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
class PreviewController {

    static final String WAV = "audio/wav";

    private final SurveySource surveys;
    private final PromptAudio audio;
    private final Simulator simulator;

    PreviewController(SurveySource surveys, PromptAudio audio, Simulator simulator) {
        this.surveys = surveys;
        this.audio = audio;
        this.simulator = simulator;
    }

    /** A published prompt's audio; the prompt id may hold slashes ({@code question/arki/keys}). */
    @Get(uri = "/survey-versions/{id}/prompts/{+promptId}/audio", produces = WAV)
    HttpResponse<byte[]> versionAudio(long id, String promptId, @Nullable @QueryValue String language)
            throws IOException {
        return wav(audio.wav(surveys.version(id), promptId, language, "language"));
    }

    @Post(uri = "/surveys/prompt-audio", produces = WAV)
    HttpResponse<byte[]> scriptAudio(@Body PromptAudioBody body) throws IOException {
        if (body.promptId() == null || body.promptId().isBlank()) {
            throw ApiProblem.badRequest("$.promptId", "is required");
        }
        FlowEngine engine = engine(body.script(), body.format(), null);
        return wav(audio.wav(engine, body.promptId(), body.language(), "$.language"));
    }

    @Post("/surveys/simulate")
    SimulationResult simulate(@Body SimulationRequest request) {
        return simulator.step(engine(request.script(), request.format(), request.versionId()), request);
    }

    private FlowEngine engine(String script, String format, Long versionId) {
        try {
            return surveys.of(script, format, versionId);
        } catch (InvalidScriptException e) {
            throw ScriptChecker.refusal(e, "the script has problems; check it with /api/surveys/validate");
        }
    }

    private static HttpResponse<byte[]> wav(byte[] bytes) {
        return HttpResponse.ok(bytes).contentType(WAV);
    }
}
