package fi.kuuleva.admin.dialling;

import fi.kuuleva.dialler.Dispatcher;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/** {@code /health} is DOWN while any configured Asterisk server's AMI connection is down; details name each server. */
@Singleton
@Requires(beans = Dispatcher.class)
class AsteriskHealth implements HealthIndicator {

    private final Dispatcher dispatcher;

    AsteriskHealth(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = true;
        for (var server : dispatcher.asteriskHealth().entrySet()) {
            up &= server.getValue().up();
            details.put(server.getKey(), Map.of("up", server.getValue().up(), "since", server.getValue().since().toString(),
                    "detail", server.getValue().detail()));
        }
        return Publishers.just(HealthResult.builder("asterisk", up ? HealthStatus.UP : HealthStatus.DOWN).details(details).build());
    }
}
