package fi.kuuleva.admin.report.export;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The scheduled report export ({@code kuuleva.report.export}): every {@code period} (first after one period), each
 * version with answers is exported as JSON and CSV, plus a manifest, to the Camel endpoint {@code uri}.
 */
@ConfigurationProperties("kuuleva.report.export")
public record ExportConfig(@Bindable(defaultValue = "true") boolean enabled,
                           @Bindable(defaultValue = "24h") Duration period,
                           @Bindable(defaultValue = "file:var/exports") String uri) {
}
