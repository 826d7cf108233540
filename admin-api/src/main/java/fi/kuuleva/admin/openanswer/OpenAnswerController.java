package fi.kuuleva.admin.openanswer;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.audit.AuditedRead;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Officers (never analysts) hear respondents' spoken open answers: the list of a campaign's recordings, and each
 * recording to play or to download, every read audited with who and which answer. Retention and erasure delete them
 * as before; a deleted one is a 404.
 */
@Controller("/api/campaigns/{id}/recordings")
@Secured(Roles.OFFICER)
@Tag(name = "Campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
class OpenAnswerController {

    static final String WAV = "audio/wav";
    private static final int MAX_PAGE = 1000;

    private final OpenAnswerRecordings recordings;

    OpenAnswerController(OpenAnswerRecordings recordings) {
        this.recordings = recordings;
    }

    @Get
    @AuditedRead(value = "recordings.read", subject = "campaign/{id}")
    List<OpenAnswerRecording> list(long id, @Nullable @QueryValue Integer limit, @Nullable @QueryValue Long before) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw ApiProblem.badRequest("limit", "must be from 1 to " + MAX_PAGE);
        }
        return recordings.page(id, before == null ? Long.MAX_VALUE : before, size);
    }

    @Get(value = "/{answerId}", produces = WAV)
    @AuditedRead(value = "recording.play", subject = "campaign/{id}/answer/{answerId}")
    HttpResponse<byte[]> play(long id, long answerId) {
        return HttpResponse.ok(audio(id, answerId)).contentType(WAV)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get(value = "/{answerId}/download", produces = WAV)
    @AuditedRead(value = "recording.download", subject = "campaign/{id}/answer/{answerId}")
    HttpResponse<byte[]> download(long id, long answerId) {
        return HttpResponse.ok(audio(id, answerId)).contentType(WAV)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campaign-" + id + "-answer-"
                        + answerId + ".wav\"");
    }

    private byte[] audio(long campaign, long answerId) {
        Path file = Path.of(recordings.path(campaign, answerId).orElseThrow(() -> ApiProblem.notFound(
                "campaign " + campaign + " has no recording of answer " + answerId)));
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException gone) {
            throw ApiProblem.notFound("the recording of answer " + answerId + " has been deleted");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the recording of answer " + answerId, e);
        }
    }
}
