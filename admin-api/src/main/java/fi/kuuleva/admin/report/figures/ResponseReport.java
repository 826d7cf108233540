package fi.kuuleva.admin.report.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Response figures by group and in total, and per attempt number; small cells suppressed. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseReport(String by, List<ResponseRow> groups, ResponseRow total, List<AttemptRow> perAttempt) {
}
