package fi.kuuleva.admin.report.crosstab;

import fi.kuuleva.admin.report.figures.Cell;
import fi.kuuleva.admin.report.figures.Grid;
import fi.kuuleva.admin.report.figures.Suppression;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A cross-tab's table from the aggregates: pair counts inside, and a "no answer" line and column worked out from the
 * one-way answer counts, so that each line's total is the row question's published count of that answer and each
 * column's total the column question's (nothing is left to learn by subtracting one from the other). The whole
 * table, totals included, is suppressed with complements, starting from the totals that the published distributions
 * hide. Values come in the questions' order, then any others. Pure.
 */
public final class CrossTable {

    private final List<String> rowValues;
    private final List<String> columnValues;
    private final long[][] cells;

    private CrossTable(List<String> rowValues, List<String> columnValues, long[][] cells) {
        this.rowValues = rowValues;
        this.columnValues = columnValues;
        this.cells = cells;
    }

    /**
     * The table of {@code pairs} (respondents who answered both) with the one-way counts of each question's answers.
     *
     * @throws IllegalStateException if the pairs count more than the one-way counts (aggregates out of step)
     */
    public static CrossTable of(List<PairCount> pairs, Map<String, Long> rowCounts, Map<String, Long> columnCounts,
                                List<String> rowQuestionValues, List<String> columnQuestionValues) {
        List<String> rows = values(rowQuestionValues, Stream.concat(rowCounts.keySet().stream(),
                pairs.stream().map(PairCount::rowValue)).toList());
        List<String> columns = values(columnQuestionValues, Stream.concat(columnCounts.keySet().stream(),
                pairs.stream().map(PairCount::columnValue)).toList());
        int unanswered = columns.size();
        int noAnswer = rows.size();
        long[][] cells = new long[rows.size() + 1][columns.size() + 1];
        for (PairCount pair : pairs) {
            cells[rows.indexOf(pair.rowValue())][columns.indexOf(pair.columnValue())] += pair.count();
        }
        for (int r = 0; r < rows.size(); r++) {
            long both = 0;
            for (int c = 0; c < columns.size(); c++) {
                both += cells[r][c];
            }
            cells[r][unanswered] = rest(rowCounts.getOrDefault(rows.get(r), 0L), both, rows.get(r));
        }
        for (int c = 0; c < columns.size(); c++) {
            long both = 0;
            for (int r = 0; r < rows.size(); r++) {
                both += cells[r][c];
            }
            cells[noAnswer][c] = rest(columnCounts.getOrDefault(columns.get(c), 0L), both, columns.get(c));
        }
        return new CrossTable(rows, columns, cells);
    }

    /** The entries with their totals: lines, then the total line; cells, then "unanswered", then the total. */
    long[][] grid() {
        return Grid.withTotals(cells, columnValues.size() + 1);
    }

    /**
     * The published table: entries below {@code minCell} (and lines that small) suppressed, as are the lines' and
     * columns' totals named in {@code hiddenRowTotals} and {@code hiddenColumnTotals}, with complements.
     */
    public CrossTab publish(String rowQuestion, String columnQuestion, Set<String> hiddenRowTotals,
                            Set<String> hiddenColumnTotals, int minCell) {
        int columns = columnValues.size() + 1;
        boolean[][] seed = new boolean[cells.length + 1][columns + 1];
        for (int r = 0; r < rowValues.size(); r++) {
            seed[r][columns] = hiddenRowTotals.contains(rowValues.get(r));
        }
        for (int c = 0; c < columnValues.size(); c++) {
            seed[cells.length][c] = hiddenColumnTotals.contains(columnValues.get(c));
        }
        boolean[][] hidden = Suppression.suppress(cells, columns, minCell, seed);
        long[][] grid = grid();
        List<CrossTabLine> lines = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            boolean noAnswer = r == rowValues.size();
            lines.add(line(noAnswer ? null : rowValues.get(r), noAnswer ? true : null, grid[r], hidden[r]));
        }
        return new CrossTab(rowQuestion, columnQuestion, columnValues, lines,
                line(null, null, grid[cells.length], hidden[cells.length]));
    }

    private CrossTabLine line(String value, Boolean noAnswer, long[] entries, boolean[] hidden) {
        int unanswered = columnValues.size();
        List<Cell> answered = new ArrayList<>();
        for (int c = 0; c < unanswered; c++) {
            answered.add(Cell.of(entries[c], hidden[c]));
        }
        return new CrossTabLine(value, noAnswer, answered, Cell.of(entries[unanswered], hidden[unanswered]),
                Cell.of(entries[unanswered + 1], hidden[unanswered + 1]));
    }

    private static long rest(long answered, long both, String value) {
        if (both > answered) {
            throw new IllegalStateException("pair counts of '" + value + "' (" + both + ") exceed its answers ("
                    + answered + "): the aggregates are out of step, see the check");
        }
        return answered - both;
    }

    private static List<String> values(List<String> questionValues, Collection<String> seen) {
        List<String> values = new ArrayList<>(questionValues);
        seen.stream().filter(v -> !values.contains(v)).distinct()
                .sorted(Comparator.comparing(CrossTable::numberOrMax).thenComparing(v -> v)).forEach(values::add);
        return values;
    }

    private static long numberOrMax(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
