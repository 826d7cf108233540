package fi.kuuleva.admin.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;

/** Admins manage users; every change is audited. */
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
@Tag(name = "Users")
class UserController {

    @Serdeable
    record User(String username, List<String> roles, Instant createdAt, boolean disabled) {
        static User of(UserAccount account) {
            return new User(account.username(), account.roles(), account.createdAt(), account.disabled());
        }
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    record NewUser(String username, String password, List<String> roles) {
    }

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    record UserChange(@Nullable List<String> roles, @Nullable String password, @Nullable Boolean disabled) {
    }

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @Get
    List<User> list() {
        return users.all().stream().map(User::of).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    User create(@Body NewUser user, Authentication authentication) {
        return User.of(users.create(authentication.getName(), user.username(), user.password(), user.roles()));
    }

    @Put("/{username}")
    User update(String username, @Body UserChange change, Authentication authentication) {
        return User.of(users.update(authentication.getName(), username, change.roles(), change.password(),
                change.disabled()));
    }

    @Delete("/{username}")
    HttpResponse<?> delete(String username, Authentication authentication) {
        users.delete(authentication.getName(), username);
        return HttpResponse.noContent();
    }
}
