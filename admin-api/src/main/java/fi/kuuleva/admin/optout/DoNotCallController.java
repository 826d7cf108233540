package fi.kuuleva.admin.optout;

import fi.kuuleva.admin.audit.AuditedRead;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Officers read and add to the do-not-call list that holds across all campaigns. */
@Controller("/api/do-not-call")
@Secured(Roles.OFFICER)
@Tag(name = "Do not call")
@ExecuteOn(TaskExecutors.BLOCKING)
class DoNotCallController {

    private final OfficerDoNotCall list;

    DoNotCallController(OfficerDoNotCall list) {
        this.list = list;
    }

    @Get
    @AuditedRead("do-not-call.read")
    List<DoNotCallView> list() {
        return list.list();
    }

    /** Takes a number off the list, with a reason (an accidental 9, a resident who changed their mind). */
    @Post("/removals")
    OfficerDoNotCall.DoNotCallRemoved remove(@Body DoNotCallRemoval body, Authentication authentication) {
        return list.remove(body, authentication.getName());
    }

    /** 201 when the number is new on the list, 200 with the existing entry when it was listed already. */
    @Post
    HttpResponse<DoNotCallView> add(@Body DoNotCallBody body, Authentication authentication) {
        OfficerDoNotCall.Added added = list.add(body, authentication.getName());
        return added.created() ? HttpResponse.created(added.entry()) : HttpResponse.ok(added.entry());
    }
}
