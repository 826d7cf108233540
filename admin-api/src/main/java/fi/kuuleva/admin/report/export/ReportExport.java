package fi.kuuleva.admin.report.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuuleva.admin.report.versions.ReportQuestion;
import fi.kuuleva.admin.report.versions.ReportVersion;
import fi.kuuleva.admin.report.figures.Distribution;
import fi.kuuleva.admin.report.figures.ResponseReport;
import fi.kuuleva.admin.report.indicator.IndicatorReport;
import fi.kuuleva.admin.report.population.WeightsReport;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * Every published figure of a version, suppression applied: per counted question its distribution in total and by
 * each breakdown, the response figures likewise, the indicators and the weights. No respondent-level data.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportExport(ReportVersion version, int minCell, Instant generatedAt, List<ReportQuestion> questions,
                           List<Distribution> distributions, List<ResponseReport> response,
                           List<IndicatorReport> indicators, WeightsReport weights) {
}
