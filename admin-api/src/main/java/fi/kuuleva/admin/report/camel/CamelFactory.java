package fi.kuuleva.admin.report.camel;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The service's one CamelContext, started with the service with every {@link KuulevaRoutes} bean, and stopped
 * gracefully (in-flight exchanges get {@code kuuleva.camel.shutdown-seconds}, 10) before the database pool closes.
 * Off with {@code kuuleva.camel.enabled: false}.
 */
@Factory
@Requires(property = "kuuleva.camel.enabled", notEquals = "false")
class CamelFactory {

    @Context
    @Bean(preDestroy = "stop")
    CamelContext camel(List<KuulevaRoutes> routes,
                       @io.micronaut.context.annotation.Value("${kuuleva.camel.shutdown-seconds:10}") int seconds)
            throws Exception {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("kuuleva");
        camel.getShutdownStrategy().setTimeout(seconds);
        for (KuulevaRoutes builder : routes) {
            camel.addRoutes(builder);
        }
        camel.start();
        return camel;
    }
}
