package fi.kuuleva.admin.report.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Two questions against each other: one row per answer to {@code rowQuestion} with the counts of the answers to
 * {@code columnQuestion} among those who gave it, and the column totals; suppression applied as to every table.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrossTab(String rowQuestion, String columnQuestion, List<GroupRow> rows, GroupRow total) {
}
