package fi.kuuleva.admin.report.crosstab;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuuleva.admin.report.figures.Cell;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One line of a {@link CrossTab}: the row question's answer {@code value} (absent, with {@code noAnswer}, for those
 * who did not answer it; both absent for the total line), a cell per column answer, the {@code unanswered} cell (did
 * not answer the column question) and the line's total.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrossTabLine(String value, Boolean noAnswer, List<Cell> cells, Cell unanswered, Cell total) {
}
