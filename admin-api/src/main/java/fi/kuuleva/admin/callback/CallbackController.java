package fi.kuuleva.admin.callback;

import fi.kuuleva.admin.audit.AuditedRead;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.QueryFlag;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Officers list the residents who asked a person to call back, and mark a request handled. */
@Controller("/api/callbacks")
@Secured(Roles.OFFICER)
@Tag(name = "Call-backs")
@ExecuteOn(TaskExecutors.BLOCKING)
class CallbackController {

    static final int MAX_NOTE = 2000;

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Handled(@Nullable String note) {
    }

    private final Callbacks callbacks;

    CallbackController(Callbacks callbacks) {
        this.callbacks = callbacks;
    }

    @Get
    @AuditedRead("callbacks.read")
    List<CallbackRow> list(@Nullable @QueryValue Long campaignId, @Nullable @QueryValue String open) {
        return callbacks.list(campaignId, QueryFlag.read("open", open, false));
    }

    @Post("/{id}/handled")
    CallbackRow handled(long id, @Nullable @Body Handled body, Authentication authentication) {
        String note = body == null ? null : body.note();
        if (note != null && note.length() > MAX_NOTE) {
            throw ApiProblem.badRequest("$.note", "at most " + MAX_NOTE + " characters");
        }
        return callbacks.markHandled(id, note, authentication.getName());
    }
}
