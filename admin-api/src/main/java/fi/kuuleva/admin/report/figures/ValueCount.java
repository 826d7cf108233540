package fi.kuuleva.admin.report.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** How many in a group gave one answer value, and their share of the group; only the value when suppressed. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValueCount(String value, Long count, Double share, Boolean suppressed) {
}
