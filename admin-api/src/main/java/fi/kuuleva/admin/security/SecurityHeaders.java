package fi.kuuleva.admin.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The browser-facing headers of every response, refusals included: a Content-Security-Policy that fits the web UI
 * (its own scripts and styles only, no inline code; audio previews as blob URLs), no framing, no MIME sniffing, no
 * referrer to other sites, and {@code Cache-Control: no-store} on the API, whose answers carry personal data.
 * Swagger UI (behind a login) starts from an inline script and styles inline, so its pages allow inline code.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders implements Ordered {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        MutableHttpHeaders headers = response.getHeaders();
        headers.set("Content-Security-Policy", path.startsWith("/swagger-ui/") ? SWAGGER_UI_POLICY : POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "same-origin");
        if (path.startsWith("/api/")) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** First in, last out: the headers are set on whatever any later filter or route answered. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
