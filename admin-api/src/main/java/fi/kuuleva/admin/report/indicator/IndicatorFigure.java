package fi.kuuleva.admin.report.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuuleva.admin.report.population.WeightedEstimate;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An indicator's share in one group (absent: the total) with its 95% Wilson interval and {@code n} answers; only
 * {@code suppressed} when the group's distribution is not published in full. {@code weighted} (total only) is the
 * post-stratified estimate, when population figures cover some answers.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorFigure(String group, Double estimate, Double ciLow, Double ciHigh, Long n, Boolean suppressed,
                              WeightedEstimate weighted) {
}
