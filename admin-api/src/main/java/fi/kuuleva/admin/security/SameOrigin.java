package fi.kuuleva.admin.security;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cross-site request forgery: a state-changing request (not GET, HEAD, OPTIONS or TRACE) that carries the session
 * cookie must name its origin in {@code Origin} (or, lacking that, {@code Referer}), and that origin must be one of
 * {@code kuuleva.security.public-origins} or have the request's own {@code Host}. Any state-changing request naming a
 * foreign origin is refused too, cookie or not (no logging a victim into another account). Requests with a bearer
 * token are left alone: a page elsewhere cannot make a browser send one. Browsers send {@code Origin} on every
 * such request (under the service's {@code Referrer-Policy: same-origin}), so the web UI needs no token.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SameOrigin implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(SameOrigin.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);
    /** A single sign-on provider may post its answer here (form_post); the OAuth state parameter guards it. */
    private static final String OAUTH_CALLBACK = "/oauth/callback/";

    private final List<String> publicOrigins;

    SameOrigin(SessionConfig config) {
        this.publicOrigins = config.publicOrigins().stream().map(SameOrigin::normalized).toList();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || request.getPath().startsWith(OAUTH_CALLBACK)
                || request.getHeaders().get(HttpHeaders.AUTHORIZATION, String.class)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7)).isPresent()) {
            return null;
        }
        boolean cookie = request.getCookies().contains(SessionConfig.COOKIE);
        String origin = claimedOrigin(request);
        if (origin == null ? !cookie : sameOrigin(origin, request.getHeaders().get(HttpHeaders.HOST))) {
            return null;
        }
        LOG.info("refused {} {} from origin {}", request.getMethod(), request.getPath(), origin);
        ApiProblem problem = new ApiProblem(HttpStatus.FORBIDDEN, "cross-site", "a state-changing request with the "
                + "session cookie must come from the service's own pages (Origin or Referer), or use a bearer token",
                List.of());
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(Problem.MEDIA_TYPE).body(problem.toProblem());
    }

    /** The origin the browser says the request comes from: {@code Origin}, else the {@code Referer}'s origin. */
    @Nullable
    private static String claimedOrigin(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin != null) {
            return origin;
        }
        String referer = request.getHeaders().get(HttpHeaders.REFERER);
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? "null"
                    : uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }

    /** Whether {@code origin} is a configured public origin or has the request's host (and port). */
    boolean sameOrigin(String origin, @Nullable String host) {
        String claimed = normalized(origin);
        if (publicOrigins.contains(claimed)) {
            return true;
        }
        int separator = claimed.indexOf("://");
        if (separator < 0 || host == null) {
            return false;
        }
        String scheme = claimed.substring(0, separator);
        return claimed.substring(separator + 3).equals(withoutDefaultPort(scheme, host.toLowerCase(Locale.ROOT)));
    }

    private static String normalized(String origin) {
        String lower = origin.trim().toLowerCase(Locale.ROOT);
        int separator = lower.indexOf("://");
        return separator < 0 ? lower : lower.substring(0, separator + 3)
                + withoutDefaultPort(lower.substring(0, separator), lower.substring(separator + 3));
    }

    private static String withoutDefaultPort(String scheme, String authority) {
        String stripped = authority.endsWith("/") ? authority.substring(0, authority.length() - 1) : authority;
        if (scheme.equals("https") && stripped.endsWith(":443")) {
            return stripped.substring(0, stripped.length() - 4);
        }
        return scheme.equals("http") && stripped.endsWith(":80") ? stripped.substring(0, stripped.length() - 3)
                : stripped;
    }

    /** Before security: a forged request is refused before any login is looked at. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
