package fi.kuuleva.admin.privacy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Officers erase a resident's phone number on request (GDPR art. 17). */
@Controller("/api/respondents/erase")
@Secured(Roles.OFFICER)
@Tag(name = "Respondents")
@ExecuteOn(TaskExecutors.BLOCKING)
class ErasureController {

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    record EraseBody(@Nullable String phone) {
    }

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    @Post
    ErasureResult erase(@Body EraseBody body, Authentication authentication) {
        return erasure.erase(body.phone(), authentication.getName());
    }
}
