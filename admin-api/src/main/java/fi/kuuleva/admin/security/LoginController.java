package fi.kuuleva.admin.security;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.Problem;
import fi.kuuleva.admin.audit.Auditor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log in (a signed token as a cookie for the web UI and in the body for API clients), log out (ends every session
 * of the user), who am I. Logins are limited ({@link LoginThrottle}) and audited, successful or not, without the
 * password.
 */
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
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Auditor audit;
    private final SessionConfig config;
    private final HttpClientAddressResolver addresses;
    private final boolean behindProxy;

    LoginController(Users users, Sessions sessions, LoginThrottle throttle, Auditor audit, SessionConfig config,
                    HttpClientAddressResolver addresses, HttpServerConfiguration server) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.config = config;
        this.addresses = addresses;
        this.behindProxy = server.getClientAddressHeader() != null;
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> login(@Body Credentials credentials, HttpRequest<?> request) {
        String username = credentials.username();
        String address = address(request);
        LoginTry attempt = throttle.claim(username, address);
        if (attempt instanceof RefusedTry refused) {
            long seconds = refused.retryAfter().toSeconds();
            LOG.info("login refused for now: too many failures for the user name or from {}", address);
            ApiProblem problem = new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-logins",
                    "too many failed logins: try again in " + seconds + " s", List.of());
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .contentType(Problem.MEDIA_TYPE).body(problem.toProblem());
        }
        Optional<UserAccount> user = users.authenticate(username, credentials.password());
        String subject = Users.validName(username) ? "user/" + username : null;
        if (user.isEmpty()) {
            audit.record("anonymous", "login.failed", subject, Map.of("address", address));
            return HttpResponse.unauthorized();
        }
        UserAccount account = user.get();
        throttle.succeeded((ClaimedTry) attempt);
        audit.record(account.username(), "login", subject, Map.of("address", address));
        String token = sessions.issue(account, config.sessionLength());
        return HttpResponse.ok(new LoggedIn(account.username(), account.roles(), token))
                .cookie(cookie(token, (int) config.sessionLength().toSeconds()));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MutableHttpResponse<?> logout(@Nullable Authentication authentication) {
        if (authentication != null) {
            sessions.end(authentication.getName());
            audit.record(authentication.getName(), "logout", "user/" + authentication.getName(), Map.of());
        }
        return HttpResponse.noContent().cookie(cookie("", 0));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Me me(Authentication authentication) {
        return new Me(authentication.getName(), authentication.getRoles());
    }

    /**
     * The client's address: the connection's, unless {@code micronaut.server.client-address-header} says which header
     * the service's own reverse proxy sets (a client could forge Forwarded headers otherwise).
     */
    private String address(HttpRequest<?> request) {
        String address = behindProxy ? addresses.resolve(request) : request.getRemoteAddress().getAddress().getHostAddress();
        return address == null ? "unknown" : address.replaceAll("[^0-9A-Za-z:.%\\[\\]-]", "");
    }

    private Cookie cookie(String value, int seconds) {
        return Cookie.of(SessionConfig.COOKIE, value).httpOnly(true).sameSite(SameSite.Strict).path("/")
                .secure(config.secureCookie()).maxAge(seconds);
    }
}
