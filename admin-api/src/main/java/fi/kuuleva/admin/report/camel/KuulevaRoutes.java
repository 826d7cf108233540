package fi.kuuleva.admin.report.camel;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;

/**
 * Base of the service's route builders: every route gets the one shared error handler (two redeliveries a second
 * apart, then the failure logged with its exception; timer-driven routes simply try again at their next tick).
 */
public abstract class KuulevaRoutes extends EndpointRouteBuilder {

    @Override
    public final void configure() {
        errorHandler(defaultErrorHandler()
                .maximumRedeliveries(2)
                .redeliveryDelay(1000)
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .logExhausted(true)
                .logStackTrace(true));
        routes();
    }

    /** The routes, read as a table of contents: routeId, endpoints, beans. */
    protected abstract void routes();
}
