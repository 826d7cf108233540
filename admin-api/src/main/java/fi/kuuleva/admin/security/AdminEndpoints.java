package fi.kuuleva.admin.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Sensitive management endpoints (those switched on: {@code /prometheus}) are for admins. Without this rule
 * Micronaut answers 500 for any sensitive endpoint; endpoints that are off have no route at all (404).
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
class AdminEndpoints extends SensitiveEndpointRule {

    AdminEndpoints(EndpointSensitivityProcessor processor) {
        super(processor);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request,
                                                                        Authentication authentication,
                                                                        ExecutableMethod<?, ?> method) {
        return Mono.just(authentication.getRoles().contains(Roles.ADMIN) ? SecurityRuleResult.ALLOWED
                : SecurityRuleResult.REJECTED);
    }
}
