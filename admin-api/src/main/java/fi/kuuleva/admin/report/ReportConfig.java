package fi.kuuleva.admin.report;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The wellbeing-report figures ({@code kuuleva.report}).
 *
 * @param minCell         cells with fewer respondents than this are suppressed (and the cells protecting them)
 * @param aggregatePeriod how often the aggregation route looks for answer changes
 * @param batch           answer changes applied per database transaction
 */
@ConfigurationProperties("kuuleva.report")
public record ReportConfig(@Bindable(defaultValue = "5") int minCell,
                           @Bindable(defaultValue = "500ms") Duration aggregatePeriod,
                           @Bindable(defaultValue = "5000") int batch) {
}
