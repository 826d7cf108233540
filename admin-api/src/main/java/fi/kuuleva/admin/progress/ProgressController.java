package fi.kuuleva.admin.progress;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.audit.AuditedRead;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.admin.security.Sessions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.reactivestreams.Publisher;

/** Officers follow a campaign: its figures now, as a live stream, and its attempts. */
@Controller("/api/campaigns/{id}")
@Secured(Roles.OFFICER)
@Tag(name = "Campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgressController {

    static final int MAX_PAGE = 1000;

    private final Progress progress;
    private final ProgressStream stream;
    private final AttemptLog attempts;
    private final Sessions sessions;

    ProgressController(Progress progress, ProgressStream stream, AttemptLog attempts, Sessions sessions) {
        this.progress = progress;
        this.stream = stream;
        this.attempts = attempts;
        this.sessions = sessions;
    }

    @Get("/progress")
    CampaignProgress progress(long id) {
        return progress.of(id).orElseThrow(() -> ApiProblem.notFound("no campaign " + id));
    }

    /**
     * {@code progress} events: the figures first, then on each change and at least every 15 s; the stream ends at the
     * next event once the user's session has ended (logout, disabled, removed, new password).
     */
    @Get(value = "/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<CampaignProgress>> events(long id, Authentication authentication) {
        progress(id);
        return stream.of(id).takeWhile(figures -> sessions.live(authentication))
                .map(figures -> Event.of(figures).name("progress"));
    }

    @Get("/attempts")
    @AuditedRead(value = "attempts.read", subject = "campaign/{id}")
    List<AttemptLogRow> attempts(long id, @Nullable @QueryValue Integer limit, @Nullable @QueryValue Long before) {
        progress(id);
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw ApiProblem.badRequest("limit", "must be from 1 to " + MAX_PAGE);
        }
        return attempts.page(id, before == null ? Long.MAX_VALUE : before, size);
    }
}
