package fi.kuuleva.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import fi.kuuleva.admin.audit.AuditLog;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Logins, roles, users, the audit log and problem documents, over real HTTP on a real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT implements TestPropertyProvider {

    @Inject
    ApplicationContext context;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AuditLog audit;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void healthNeedsNoLoginButTheApiDoes() {
        assertEquals(HttpStatus.OK, client().exchange(HttpRequest.GET("/health")).getStatus());
        HttpClientResponseException refused = refused(HttpRequest.GET("/api/me"));
        assertEquals(HttpStatus.UNAUTHORIZED, refused.getStatus());
        assertProblem(refused, 401);
    }

    @Test
    void aLoginGivesACookieAndATokenThatBothWork() {
        TestLogins.user(context, "olga", Roles.OFFICER);
        assertEquals(HttpStatus.UNAUTHORIZED, refused(login("olga", "wrong password 123")).getStatus());
        assertEquals(HttpStatus.UNAUTHORIZED, refused(login("nobody", TestLogins.PASSWORD)).getStatus());

        HttpResponse<Map> loggedIn = client().exchange(login("olga", TestLogins.PASSWORD), Map.class);
        Cookie cookie = loggedIn.getCookie(SessionConfig.COOKIE).orElseThrow();
        assertTrue(cookie.isHttpOnly(), "the session cookie is out of scripts' reach");
        String token = (String) loggedIn.body().get("accessToken");
        assertEquals(List.of(Roles.OFFICER), loggedIn.body().get("roles"));

        Map<?, ?> byCookie = client().retrieve(HttpRequest.GET("/api/me").cookie(Cookie.of(SessionConfig.COOKIE,
                cookie.getValue())), Map.class);
        Map<?, ?> byBearer = client().retrieve(HttpRequest.GET("/api/me").bearerAuth(token), Map.class);
        assertEquals("olga", byCookie.get("username"));
        assertEquals("olga", byBearer.get("username"));
        assertEquals(HttpStatus.UNAUTHORIZED, refused(HttpRequest.GET("/api/me").bearerAuth(token + "x")).getStatus(),
                "a token with a broken signature is refused");
    }

    @Test
    void onlyAdminsManageUsersAndEveryChangeIsAudited() {
        String analyst = TestLogins.bearer(context, Roles.ANALYST);
        String officer = TestLogins.bearer(context, Roles.OFFICER);
        HttpClientResponseException forbidden = refused(HttpRequest.GET("/api/users").bearerAuth(analyst));
        assertEquals(HttpStatus.FORBIDDEN, forbidden.getStatus());
        assertProblem(forbidden, 403);
        assertEquals(HttpStatus.FORBIDDEN, refused(HttpRequest.POST("/api/users", Map.of("username", "x",
                "password", TestLogins.PASSWORD, "roles", List.of("ADMIN"))).bearerAuth(officer)).getStatus());

        UserAccount admin = TestLogins.user(context, "anna", Roles.ADMIN);
        String token = TestLogins.bearerFor(context, admin);
        HttpResponse<Map> created = client().exchange(HttpRequest.POST("/api/users", Map.of("username", "aino",
                "password", "a long enough password", "roles", List.of("ANALYST"))).bearerAuth(token), Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        assertFalse(created.body().containsKey("password") || created.body().containsKey("passwordHash"));
        assertEquals(HttpStatus.OK, client().exchange(login("aino", "a long enough password")).getStatus());

        client().exchange(HttpRequest.PUT("/api/users/aino", Map.of("disabled", true)).bearerAuth(token));
        assertEquals(HttpStatus.UNAUTHORIZED, refused(login("aino", "a long enough password")).getStatus(),
                "a disabled user cannot log in");

        List<Map> entries = client().retrieve(HttpRequest.GET("/api/audit").bearerAuth(token), Argument.listOf(Map.class));
        assertTrue(entries.stream().anyMatch(e -> "anna".equals(e.get("actor")) && "user.create".equals(e.get("action"))
                && "user/aino".equals(e.get("subject"))), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> "user.update".equals(e.get("action"))));
        assertEquals(HttpStatus.FORBIDDEN, refused(HttpRequest.GET("/api/audit").bearerAuth(analyst)).getStatus());
    }

    @Test
    void disablingDemotingOrRemovingAUserEndsTheirSessionsAtOnce() {
        String admin = TestLogins.bearer(context, Roles.ADMIN);
        Map<String, String> sessions = new LinkedHashMap<>();
        for (String name : List.of("leaver", "demoted", "removed")) {
            TestLogins.user(context, name, Roles.OFFICER);
            sessions.put(name, (String) client().retrieve(login(name, TestLogins.PASSWORD), Map.class)
                    .get("accessToken"));
            assertEquals(HttpStatus.OK, client().exchange(HttpRequest.GET("/api/campaigns")
                    .bearerAuth(sessions.get(name))).getStatus());
        }
        client().exchange(HttpRequest.PUT("/api/users/leaver", Map.of("disabled", true)).bearerAuth(admin));
        client().exchange(HttpRequest.PUT("/api/users/demoted", Map.of("roles", List.of(Roles.ANALYST)))
                .bearerAuth(admin));
        client().exchange(HttpRequest.DELETE("/api/users/removed").bearerAuth(admin));
        List<String> stillIn = new ArrayList<>();
        sessions.forEach((name, token) -> {
            HttpClientResponseException e = refused(HttpRequest.GET("/api/campaigns").bearerAuth(token));
            if (e.getStatus() != HttpStatus.UNAUTHORIZED) {
                stillIn.add(name + " -> " + e.getStatus());
            }
        });
        assertEquals(List.of(), stillIn, "sessions that outlived the change of their user");
        String analyst = (String) client().retrieve(login("demoted", TestLogins.PASSWORD), Map.class)
                .get("accessToken");
        assertEquals(HttpStatus.FORBIDDEN, refused(HttpRequest.GET("/api/campaigns").bearerAuth(analyst)).getStatus());
    }

    @Test
    void badUserBodiesSayWhatIsWrongWhereAndChangeNothing() {
        String token = TestLogins.bearer(context, Roles.ADMIN);
        long before = audit.count();
        HttpClientResponseException badRole = refused(HttpRequest.POST("/api/users", Map.of("username", "bertil",
                "password", TestLogins.PASSWORD, "roles", List.of("OFFICER", "ROOT"))).bearerAuth(token));
        assertEquals(HttpStatus.BAD_REQUEST, badRole.getStatus());
        assertEquals("$.roles[1]", firstError(badRole).get("path"));

        HttpClientResponseException shortPassword = refused(HttpRequest.POST("/api/users", Map.of("username",
                "bertil", "password", "short", "roles", List.of("OFFICER"))).bearerAuth(token));
        assertEquals("$.password", firstError(shortPassword).get("path"));

        HttpClientResponseException injection = refused(HttpRequest.POST("/api/users", Map.of("username",
                "x'; DROP TABLE users; --", "password", TestLogins.PASSWORD, "roles", List.of("OFFICER"))).bearerAuth(token));
        assertEquals("$.username", firstError(injection).get("path"));

        HttpClientResponseException notJson = refused(HttpRequest.POST("/api/users", "{\"username\": ")
                .contentType(MediaType.APPLICATION_JSON).bearerAuth(token));
        assertEquals(HttpStatus.BAD_REQUEST, notJson.getStatus());
        assertProblem(notJson, 400);

        assertEquals(before, audit.count(), "no refused request left an audit entry");
        assertEquals(1, client().retrieve(HttpRequest.GET("/api/users").bearerAuth(token), Argument.listOf(Map.class))
                .size(), "no user was created");
    }

    @Test
    void theApiDescriptionAndMetricsNeedALogin() {
        assertEquals(HttpStatus.UNAUTHORIZED, refused(HttpRequest.GET("/swagger/kuuleva-0.1.yml")).getStatus());
        String officer = TestLogins.bearer(context, Roles.OFFICER);
        String description = client().retrieve(HttpRequest.GET("/swagger/kuuleva-0.1.yml").bearerAuth(officer));
        assertTrue(description.contains("/api/users") && description.contains("/api/login"), description);
        assertEquals(HttpStatus.OK, client().exchange(HttpRequest.GET("/swagger-ui/index.html").bearerAuth(officer))
                .getStatus());

        assertEquals(HttpStatus.FORBIDDEN, refused(HttpRequest.GET("/prometheus").bearerAuth(officer)).getStatus());
        String metrics = client().retrieve(HttpRequest.GET("/prometheus")
                .bearerAuth(TestLogins.bearer(context, Roles.ADMIN)));
        assertTrue(metrics.contains("jvm_memory_used_bytes"), metrics.substring(0, Math.min(300, metrics.length())));
    }

    @Test
    void theFirstAdminComesFromTheEnvironmentOnceWhenThereIsNoUser() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.security.first-admin.username", "root-admin");
        properties.put("kuuleva.security.first-admin.password", "first admin password");
        properties.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
             HttpClient client = HttpClient.create(server.getURL())) {
            HttpResponse<Map> loggedIn = client.toBlocking().exchange(login("root-admin", "first admin password"),
                    Map.class);
            assertEquals(List.of(Roles.ADMIN), loggedIn.body().get("roles"));
        }
    }

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private static MutableHttpRequest<?> login(String username, String password) {
        return HttpRequest.POST("/api/login", Map.of("username", username, "password", password));
    }

    private HttpClientResponseException refused(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = client().exchange(request, String.class);
            throw new AssertionError("expected a refusal, got " + response.getStatus() + " " + response.body());
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    private static void assertProblem(HttpClientResponseException e, int status) {
        assertEquals("application/problem+json", e.getResponse().getContentType().map(MediaType::toString).orElse(""));
        Map<?, ?> body = e.getResponse().getBody(Map.class).orElseThrow();
        assertEquals(status, ((Number) body.get("status")).intValue(), body.toString());
        assertNotNull(body.get("type"));
    }

    private static Map<?, ?> firstError(HttpClientResponseException e) {
        Map<?, ?> body = e.getResponse().getBody(Map.class).orElseThrow();
        List<?> errors = (List<?>) body.get("errors");
        assertNotNull(errors, body.toString());
        return (Map<?, ?>) errors.get(0);
    }
}
