package fi.kuuleva.admin.report.export;

import fi.kuuleva.admin.cluster.ClusterLeader;
import fi.kuuleva.admin.report.camel.KuulevaRoutes;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.apache.camel.Exchange;

/**
 * {@code report-export}: every {@code kuuleva.report.export.period}, each version's export files, then the run's
 * manifest, to {@code kuuleva.report.export.uri} (a folder by default; any Camel producer endpoint URI works); on
 * the cluster's leader only ({@link ClusterLeader}).
 */
@Singleton
@Requires(property = "kuuleva.report.export.enabled", notEquals = "false")
class ExportRoutes extends KuulevaRoutes {

    static final String ROUTE = "report-export";

    private final ScheduledExport export;
    private final ExportConfig config;
    private final ClusterLeader leader;

    ExportRoutes(ScheduledExport export, ExportConfig config, ClusterLeader leader) {
        this.export = export;
        this.config = config;
        this.leader = leader;
    }

    @Override
    protected void routes() {
        long period = config.period().toMillis();
        from(timer(ROUTE).period(period).delay(period)).routeId(ROUTE)
                .filter(method(leader, "follows")).stop().end()
                .bean(export, "files")
                .split(body(), new ManifestStrategy())
                    .setHeader(Exchange.FILE_NAME, simple("${body.name()}"))
                    .setBody(simple("${body.content()}"))
                    .to(config.uri()).id("deliver")
                .end()
                .bean(export, "manifest")
                .setHeader(Exchange.FILE_NAME, simple("${body.name()}"))
                .setBody(simple("${body.content()}"))
                .to(config.uri()).id("deliver-manifest");
    }
}
