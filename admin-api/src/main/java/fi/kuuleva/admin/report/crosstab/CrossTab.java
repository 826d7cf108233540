package fi.kuuleva.admin.report.crosstab;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Two questions against each other: a line per answer to {@code rowQuestion} and one for those who did not answer it
 * but answered {@code columnQuestion}; each line's cells per answer to {@code columnQuestion} (in {@code columns}'
 * order), its {@code unanswered} cell and its total. The total line's cells and the lines' totals are the published
 * distributions of the two questions. Suppression applied to every entry.
 */
@Serdeable
public record CrossTab(String rowQuestion, String columnQuestion, List<String> columns, List<CrossTabLine> rows,
                       CrossTabLine total) {
}
