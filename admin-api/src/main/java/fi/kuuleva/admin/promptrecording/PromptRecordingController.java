package fi.kuuleva.admin.promptrecording;

import fi.kuuleva.admin.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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

/** Officers record a published version's prompts: upload (multipart {@code file}), remove, and which are recorded. */
@Controller("/api/survey-versions/{id}")
@Secured(Roles.OFFICER)
@Tag(name = "Surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
class PromptRecordingController {

    private final PromptRecorder recorder;

    PromptRecordingController(PromptRecorder recorder) {
        this.recorder = recorder;
    }

    /** 201 with the recording; 422 with the reason (not audio, silent, clipped, too long for the text). */
    @Post(uri = "/prompts/{+promptId}/recording", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<PromptRecordingInfo> upload(long id, String promptId, @QueryValue String language,
                                             @Part("file") CompletedFileUpload file, Authentication user)
            throws IOException {
        return HttpResponse.status(HttpStatus.CREATED).body(recorder.upload(id, promptId, language, file.getBytes(),
                user.getName()));
    }

    @Delete(uri = "/prompts/{+promptId}/recording")
    HttpResponse<Void> remove(long id, String promptId, @QueryValue String language, Authentication user) {
        recorder.remove(id, promptId, language, user.getName());
        return HttpResponse.noContent();
    }

    @Get("/recordings")
    List<PromptRecordingInfo> recordings(long id) {
        return recorder.of(id);
    }
}
