package fi.kuuleva.admin.report.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An indicator with its figures: in total and, when a breakdown was asked for, by group. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorReport(long id, String name, String questionId, List<String> values, String by,
                              IndicatorFigure figure, List<IndicatorFigure> groups) {
}
