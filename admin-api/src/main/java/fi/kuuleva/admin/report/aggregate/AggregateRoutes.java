package fi.kuuleva.admin.report.aggregate;

import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.report.camel.KuulevaRoutes;
import jakarta.inject.Singleton;
import org.apache.camel.LoggingLevel;

/**
 * {@code report-aggregates}: every {@code kuuleva.report.aggregate-period}, the answer changes stored since are
 * applied to the answer counts, {@code batch} per transaction, exactly once (see {@link AnswerAggregates#drain}).
 */
@Singleton
class AggregateRoutes extends KuulevaRoutes {

    static final String ROUTE = "report-aggregates";

    private final AnswerAggregates aggregates;
    private final ReportConfig config;

    AggregateRoutes(AnswerAggregates aggregates, ReportConfig config) {
        this.aggregates = aggregates;
        this.config = config;
    }

    @Override
    protected void routes() {
        long period = config.aggregatePeriod().toMillis();
        from(timer(ROUTE).period(period).delay(period)).routeId(ROUTE)
                .bean(aggregates, "drainAll(" + config.batch() + ")")
                .filter(body().isGreaterThan(0L))
                    .log(LoggingLevel.DEBUG, "applied ${body} answer changes to the report counts");
    }
}
