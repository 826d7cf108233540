package fi.kuuleva.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a browser and a stranger meet: cross-site requests refused while the web UI's own requests and API clients'
 * pass, the security headers on every answer, health details for admins only, management endpoints that are off
 * answering 404.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebDefencesIT implements TestPropertyProvider {

    private static final String PUBLIC_ORIGIN = "https://kuuleva.example.fi";
    private static final AtomicInteger NUMBERS = new AtomicInteger(4_567_000);

    @Inject
    ApplicationContext context;
    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient http;

    String cookie;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("kuuleva.security.public-origins", PUBLIC_ORIGIN);
        return properties;
    }

    @BeforeAll
    void anOfficerLoggedInThroughTheWebUi() {
        TestLogins.user(context, "officer", Roles.OFFICER);
        cookie = client().exchange(HttpRequest.POST("/api/login", Map.of("username", "officer", "password",
                TestLogins.PASSWORD)), Map.class).getCookie(SessionConfig.COOKIE).orElseThrow().getValue();
    }

    @Test
    void aStateChangingRequestWithTheCookieFromAnotherSiteIsRefused() {
        int listed = numbersListed();
        List<String> passed = new ArrayList<>();
        Map<String, MutableHttpRequest<?>> forged = Map.of(
                "no Origin or Referer", addNumber(),
                "a foreign Origin", addNumber().header(HttpHeaders.ORIGIN, "https://evil.example"),
                "a sibling subdomain", addNumber().header(HttpHeaders.ORIGIN, "https://evil.kuuleva.example.fi"),
                "Origin null", addNumber().header(HttpHeaders.ORIGIN, "null"),
                "a foreign Referer", addNumber().header(HttpHeaders.REFERER, "https://evil.example/page"),
                "the right host on another port", addNumber().header(HttpHeaders.ORIGIN, "http://localhost:1"));
        forged.forEach((what, request) -> {
            try {
                HttpResponse<String> response = client().exchange(request.cookie(session()), String.class);
                passed.add(what + " -> " + response.getStatus());
            } catch (HttpClientResponseException e) {
                if (e.getStatus() != HttpStatus.FORBIDDEN) {
                    passed.add(what + " -> " + e.getStatus() + " " + e.getResponse().getBody(String.class).orElse(""));
                }
            }
        });
        assertEquals(List.of(), passed, "forged requests that were not refused as cross-site");
        assertEquals(listed, numbersListed(), "nothing was added");
    }

    @Test
    void theWebUisOwnRequestsAndApiClientsPass() {
        String own = "http://localhost:" + server.getPort();
        assertEquals(HttpStatus.CREATED, client().exchange(addNumber().cookie(session())
                .header(HttpHeaders.ORIGIN, own)).getStatus(), "Origin of the request's host");
        assertEquals(HttpStatus.CREATED, client().exchange(addNumber().cookie(session())
                .header(HttpHeaders.REFERER, own + "/#/do-not-call")).getStatus(), "Referer of the request's host");
        assertEquals(HttpStatus.CREATED, client().exchange(addNumber().cookie(session())
                .header(HttpHeaders.ORIGIN, PUBLIC_ORIGIN).header(HttpHeaders.HOST, "kuuleva.internal:8080"))
                .getStatus(), "a configured public origin, behind a proxy that sets its own Host");
        assertEquals(HttpStatus.CREATED, client().exchange(addNumber()
                .bearerAuth(TestLogins.bearer(context, Roles.OFFICER))).getStatus(), "a bearer client, no Origin");
        assertEquals(HttpStatus.OK, client().exchange(HttpRequest.POST("/api/login", Map.of("username", "officer",
                "password", TestLogins.PASSWORD))).getStatus(), "an API client logs in without an Origin");
        assertEquals(HttpStatus.FORBIDDEN, refused(HttpRequest.POST("/api/login", Map.of("username", "officer",
                "password", TestLogins.PASSWORD)).header(HttpHeaders.ORIGIN, "https://evil.example")).getStatus(),
                "but no page elsewhere logs a browser in");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheApiIsNotCached() {
        HttpResponse<String> page = client().exchange(HttpRequest.GET("/"), String.class);
        String policy = page.header("Content-Security-Policy");
        assertNotNull(policy);
        assertTrue(policy.contains("script-src 'self';") && policy.contains("frame-ancestors 'none'"), policy);
        assertSecurityHeaders(page);
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)|\\sstyle=|\\son[a-z]+=").matcher(page.body()).find(),
                "the web UI has no inline script, style or handler, so the policy fits it");

        HttpResponse<String> api = client().exchange(HttpRequest.GET("/api/me").cookie(session()), String.class);
        assertSecurityHeaders(api);
        assertEquals("no-store", api.header(HttpHeaders.CACHE_CONTROL));
        HttpClientResponseException refusal = refused(HttpRequest.GET("/api/do-not-call"));
        assertEquals(HttpStatus.UNAUTHORIZED, refusal.getStatus());
        assertSecurityHeaders(refusal.getResponse());
        assertEquals("no-store", refusal.getResponse().header(HttpHeaders.CACHE_CONTROL));
    }

    @Test
    void healthDetailsAreForAdminsOnly() {
        Map<?, ?> anonymous = client().retrieve(HttpRequest.GET("/health"), Map.class);
        assertEquals("UP", anonymous.get("status"));
        assertFalse(anonymous.containsKey("details"), anonymous.toString());
        Map<?, ?> analyst = client().retrieve(HttpRequest.GET("/health")
                .bearerAuth(TestLogins.bearer(context, Roles.ANALYST)), Map.class);
        assertEquals("UP", analyst.get("status"));
        assertFalse(analyst.containsKey("details"), analyst.toString());
        Map<?, ?> admin = client().retrieve(HttpRequest.GET("/health")
                .bearerAuth(TestLogins.bearer(context, Roles.ADMIN)), Map.class);
        assertTrue(admin.get("details") instanceof Map<?, ?> details && !details.isEmpty(), admin.toString());
    }

    @Test
    void managementEndpointsThatAreOffAnswer404() {
        String admin = TestLogins.bearer(context, Roles.ADMIN);
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/beans", "/env", "/loggers", "/routes", "/threaddump", "/info", "/caches",
                "/refresh", "/stop", "/metrics")) {
            for (MutableHttpRequest<?> request : List.of(HttpRequest.GET(path), HttpRequest.POST(path, "{}"))) {
                HttpClientResponseException e = refused(request.bearerAuth(admin));
                if (e.getStatus() != HttpStatus.NOT_FOUND && e.getStatus() != HttpStatus.METHOD_NOT_ALLOWED) {
                    wrong.add(request.getMethodName() + " " + path + " -> " + e.getStatus());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        assertNotNull(response.header("Content-Security-Policy"), response.getHeaders().asMap().toString());
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("same-origin", response.header("Referrer-Policy"));
    }

    /** How many numbers the do-not-call list holds (a read: it needs no origin). */
    private int numbersListed() {
        return client().retrieve(HttpRequest.GET("/api/do-not-call").cookie(session()), Argument.listOf(Map.class))
                .size();
    }

    private static MutableHttpRequest<?> addNumber() {
        return HttpRequest.POST("/api/do-not-call", Map.of("phone", "040 " + NUMBERS.incrementAndGet()))
                .contentType(MediaType.APPLICATION_JSON);
    }

    private Cookie session() {
        return Cookie.of(SessionConfig.COOKIE, cookie);
    }

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private HttpClientResponseException refused(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = client().exchange(request, String.class);
            throw new AssertionError("expected a refusal, got " + response.getStatus() + " " + response.body());
        } catch (HttpClientResponseException e) {
            return e;
        }
    }
}
