package fi.kuuleva.admin.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.authentication.Authentication;

/**
 * {@code /health} tells anyone whether the service is up; its details (the database's URL, disk space, ...) only to
 * admins. Others get the name and status alone.
 */
@ServerFilter({"/health", "/health/**"})
class HealthDetails {

    @ResponseFilter
    void statusOnly(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getBody().orElse(null) instanceof HealthResult result && !admin(request)) {
            response.body(HealthResult.builder(result.getName(), result.getStatus()).build());
        }
    }

    private static boolean admin(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class)
                .map(authentication -> authentication.getRoles().contains(Roles.ADMIN)).orElse(false);
    }
}
