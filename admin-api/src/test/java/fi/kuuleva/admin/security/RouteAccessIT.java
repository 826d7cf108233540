package fi.kuuleva.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.scheduling.executor.ThreadSelection;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route of the service, found from the router rather than listed by hand (so a new endpoint is covered the
 * day it is added): without a login each is refused with 401, and a user without the route's role gets 403.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessIT implements TestPropertyProvider {

    /** Routes anyone may call. */
    private static final Set<String> OPEN = Set.of("POST /api/login", "POST /api/logout", "GET /health",
            "GET /health/{selector}");
    /** Route prefixes analysts may call; everything else under /api is refused to them. */
    private static final List<String> ANALYST_MAY = List.of("/api/reports", "/api/me");
    /** Route prefixes only admins may call. */
    private static final List<String> ADMIN_ONLY = List.of("/api/users", "/api/audit");

    @Inject
    ApplicationContext context;
    @Inject
    Router router;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.freshDatabase();
    }

    @Test
    void everyApiRouteNeedsALogin() {
        List<String> wrong = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (String route : routes()) {
            if (OPEN.contains(route) || !route.split(" ")[1].startsWith("/api")) {
                continue;
            }
            checked.add(route);
            int status = status(request(route), null);
            if (status != 401) {
                wrong.add(route + " -> " + status);
            }
        }
        assertTrue(checked.size() >= 8, "too few routes found: " + checked);
        assertEquals(List.of(), wrong, "routes that answered without a login");
    }

    @Test
    void analystsReachOnlyReportsAndOfficersNoAdminRoutes() {
        String analyst = TestLogins.bearer(context, Roles.ANALYST);
        String officer = TestLogins.bearer(context, Roles.OFFICER);
        List<String> wrong = new ArrayList<>();
        for (String route : routes()) {
            String path = route.split(" ")[1];
            if (OPEN.contains(route) || !path.startsWith("/api")) {
                continue;
            }
            if (ANALYST_MAY.stream().noneMatch(path::startsWith)) {
                int status = status(request(route), analyst);
                if (status != 403) {
                    wrong.add("ANALYST " + route + " -> " + status);
                }
            }
            if (ADMIN_ONLY.stream().anyMatch(path::startsWith)) {
                int status = status(request(route), officer);
                if (status != 403) {
                    wrong.add("OFFICER " + route + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), wrong, "routes that let a user without the role through");
    }

    @Test
    void blockingApiRoutesRunOffTheEventLoop() {
        List<String> onEventLoop = router.uriRoutes().map(UriRouteInfo.class::cast)
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api"))
                .filter(route -> !route.isAsyncOrReactive())
                .filter(route -> route.getExecutor(ThreadSelection.MANUAL) == null)
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .distinct().sorted().toList();
        assertEquals(List.of(), onEventLoop, "JDBC and bcrypt on the event loop stall every other request");
    }

    private List<String> routes() {
        return router.uriRoutes().map(UriRouteInfo.class::cast)
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .distinct().sorted().toList();
    }

    /** A request the route accepts up to its login check: a JSON body, or a multipart one where it takes files. */
    private MutableHttpRequest<?> request(String route) {
        String[] parts = route.split(" ");
        String path = parts[1].replaceAll("\\{[^}]*}", "1");
        MutableHttpRequest<Object> request = HttpRequest.create(HttpMethod.parse(parts[0]), path);
        if (multipartRoutes().contains(route)) {
            request.body(MultipartBody.builder().addPart("file", "f.csv", MediaType.TEXT_PLAIN_TYPE, new byte[1])
                    .build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        } else if (Set.of("POST", "PUT", "PATCH").contains(parts[0])) {
            request.body(Map.of()).contentType(MediaType.APPLICATION_JSON);
        }
        return request;
    }

    private Set<String> multipartRoutes() {
        return router.uriRoutes().map(UriRouteInfo.class::cast)
                .filter(route -> route.getConsumes().contains(MediaType.MULTIPART_FORM_DATA_TYPE))
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .collect(Collectors.toSet());
    }

    private int status(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
            return response.code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
