package fi.kuuleva.admin.report.crosstab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.report.figures.Cell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * For any answers to two questions: the cross-tab's totals are the one-way counts, no suppressed entry is the only
 * one of its line or column, no small entry is published, and a total hidden elsewhere stays hidden.
 */
class CrossTableProperties {

    private static final List<String> ROWS = List.of("1", "2", "3");
    private static final List<String> COLUMNS = List.of("yes", "no");

    @Property(tries = 1000)
    void totalsAreTheDistributionsAndSuppressionLeavesNothingToWorkOut(@ForAll("answers") int[][] answers,
                                                                       @ForAll @IntRange(min = 2, max = 10) int minCell,
                                                                       @ForAll("hiddenRows") Set<String> hiddenRows) {
        // answers[r][c]: respondents with row answer r and column answer c; the last row and column: not answered.
        List<PairCount> pairs = new ArrayList<>();
        Map<String, Long> rowCounts = new HashMap<>();
        Map<String, Long> columnCounts = new HashMap<>();
        for (int r = 0; r <= ROWS.size(); r++) {
            for (int c = 0; c <= COLUMNS.size(); c++) {
                boolean rowAnswered = r < ROWS.size();
                boolean columnAnswered = c < COLUMNS.size();
                if (rowAnswered && columnAnswered && answers[r][c] > 0) {
                    pairs.add(new PairCount(ROWS.get(r), COLUMNS.get(c), answers[r][c]));
                }
                if (rowAnswered) {
                    rowCounts.merge(ROWS.get(r), (long) answers[r][c], Long::sum);
                }
                if (columnAnswered) {
                    columnCounts.merge(COLUMNS.get(c), (long) answers[r][c], Long::sum);
                }
            }
        }
        CrossTable table = CrossTable.of(pairs, rowCounts, columnCounts, ROWS, COLUMNS);
        long[][] grid = table.grid();
        for (int r = 0; r < ROWS.size(); r++) {
            assertEquals(rowCounts.get(ROWS.get(r)), grid[r][COLUMNS.size() + 1], "line total " + r);
        }
        for (int c = 0; c < COLUMNS.size(); c++) {
            assertEquals(columnCounts.get(COLUMNS.get(c)), grid[ROWS.size() + 1][c], "column total " + c);
        }

        CrossTab published = table.publish("q1", "q2", hiddenRows, Set.of(), minCell);
        List<List<Cell>> lines = new ArrayList<>();
        published.rows().forEach(line -> lines.add(entries(line)));
        lines.add(entries(published.total()));
        for (int r = 0; r < lines.size(); r++) {
            List<Cell> line = lines.get(r);
            assertNotEquals(1, line.stream().filter(Cell::hidden).count(), "line " + r + ": " + line);
            for (int c = 0; c < line.size(); c++) {
                long entry = grid[r][c];
                if (entry > 0 && entry < minCell) {
                    assertTrue(line.get(c).hidden(), "entry " + r + "," + c + " = " + entry + " is published");
                }
            }
        }
        for (int c = 0; c < lines.get(0).size(); c++) {
            int column = c;
            assertNotEquals(1, lines.stream().filter(line -> line.get(column).hidden()).count(), "column " + c);
        }
        for (CrossTabLine line : published.rows()) {
            if (line.value() != null && hiddenRows.contains(line.value())) {
                assertTrue(line.total().hidden(), "a total a distribution hides: " + line);
            }
        }
    }

    @Provide
    Arbitrary<int[][]> answers() {
        Arbitrary<Integer> count = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 0)),
                Tuple.of(3, Arbitraries.integers().between(1, 9)),
                Tuple.of(4, Arbitraries.integers().between(10, 60)));
        return count.array(int[].class).ofSize(COLUMNS.size() + 1).array(int[][].class).ofSize(ROWS.size() + 1)
                .map(a -> {
                    a[ROWS.size()][COLUMNS.size()] = 0;
                    return a;
                });
    }

    @Provide
    Arbitrary<Set<String>> hiddenRows() {
        return Arbitraries.of(ROWS).set().ofMaxSize(2).map(HashSet::new);
    }

    private static List<Cell> entries(CrossTabLine line) {
        List<Cell> entries = new ArrayList<>(line.cells());
        entries.add(line.unanswered());
        entries.add(line.total());
        return entries;
    }
}
