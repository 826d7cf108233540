package fi.kuuleva.admin.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Log in (a signed token as a cookie for the web UI and in the body for API clients), log out, who am I. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Login")
class LoginController {

    private static final Logger LOG = LoggerFactory.getLogger(LoginController.class);

    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Credentials(String username, String password) {
    }

    @Serdeable
    record Me(String username, Collection<String> roles) {
    }

    @Serdeable
    record LoggedIn(String username, List<String> roles, String accessToken) {
    }

    private final Users users;
    private final TokenGenerator tokens;
    private final SessionConfig config;

    LoginController(Users users, TokenGenerator tokens, SessionConfig config) {
        this.users = users;
        this.tokens = tokens;
        this.config = config;
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> login(@Body Credentials credentials) {
        Optional<UserAccount> user = users.authenticate(credentials.username(), credentials.password());
        if (user.isEmpty()) {
            LOG.info("login refused for user name of {} characters", String.valueOf(credentials.username()).length());
            return HttpResponse.unauthorized();
        }
        UserAccount account = user.get();
        int seconds = (int) config.sessionLength().toSeconds();
        String token = tokens.generateToken(Authentication.build(account.username(), account.roles(),
                        Map.of(ActiveUsers.LOCAL, true)), seconds)
                .orElseThrow(() -> new IllegalStateException("no token generator configured"));
        return HttpResponse.ok(new LoggedIn(account.username(), account.roles(), token))
                .cookie(cookie(token, seconds));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> logout() {
        return HttpResponse.noContent().cookie(cookie("", 0));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Me me(Authentication authentication) {
        return new Me(authentication.getName(), authentication.getRoles());
    }

    private Cookie cookie(String value, int seconds) {
        return Cookie.of(SessionConfig.COOKIE, value).httpOnly(true).sameSite(SameSite.Strict).path("/")
                .secure(config.secureCookie()).maxAge(seconds);
    }
}
