package fi.kuuleva.admin.report.crosstab;

/** How many respondents answered {@code rowValue} to the row question and {@code columnValue} to the column one. */
public record PairCount(String rowValue, String columnValue, long count) {
}
