package fi.kuuleva.admin.report.export;

import fi.kuuleva.admin.report.camel.KuulevaRoutes;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.apache.camel.Exchange;

/**
 * {@code report-export}: every {@code kuuleva.report.export.period}, each version's export files, then the run's
 * manifest, to {@code kuuleva.report.export.uri} (a folder by default; any Camel producer endpoint URI works).
 */
@Singleton
@Requires(property = "kuuleva.report.export.enabled", notEquals = "false")
class ExportRoutes extends KuulevaRoutes {

    static final String ROUTE = "report-export";

    private final ScheduledExport export;
    private final ExportConfig config;

    ExportRoutes(ScheduledExport export, ExportConfig config) {
        this.export = export;
        this.config = config;
    }

    @Override
    protected void routes() {
        long period = config.period().toMillis();
        from(timer(ROUTE).period(period).delay(period)).routeId(ROUTE)
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
