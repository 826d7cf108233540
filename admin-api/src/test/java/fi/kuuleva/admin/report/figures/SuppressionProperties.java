package fi.kuuleva.admin.report.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;

/** Suppressed cells cannot be recovered from what is published, and every small cell is suppressed. */
class SuppressionProperties {

    @Property(tries = 2000)
    void noSuppressedEntryIsTheOnlyUnknownOfARowOrColumn(@ForAll("tables") long[][] cells,
                                                         @ForAll @IntRange(min = 2, max = 10) int minCell) {
        int columns = cells[0].length;
        boolean[][] hidden = Suppression.suppress(cells, columns, minCell);
        long[][] grid = Grid.withTotals(cells, columns);
        for (int r = 0; r < grid.length; r++) {
            int unknown = 0;
            for (int c = 0; c < grid[r].length; c++) {
                unknown += hidden[r][c] ? 1 : 0;
            }
            assertTrue(unknown != 1, "row " + r + " leaves one suppressed entry to be worked out");
        }
        for (int c = 0; c < grid[0].length; c++) {
            int unknown = 0;
            for (int r = 0; r < grid.length; r++) {
                unknown += hidden[r][c] ? 1 : 0;
            }
            assertTrue(unknown != 1, "column " + c + " leaves one suppressed entry to be worked out");
        }
    }

    @Property(tries = 1000)
    void everySmallCellAndEverySmallGroupIsSuppressed(@ForAll("tables") long[][] cells,
                                                      @ForAll @IntRange(min = 2, max = 10) int minCell) {
        int columns = cells[0].length;
        boolean[][] hidden = Suppression.suppress(cells, columns, minCell);
        long[][] grid = Grid.withTotals(cells, columns);
        for (int r = 0; r < grid.length; r++) {
            boolean smallGroup = r < cells.length && grid[r][columns] > 0 && grid[r][columns] < minCell;
            for (int c = 0; c < grid[r].length; c++) {
                if ((grid[r][c] > 0 && grid[r][c] < minCell) || smallGroup) {
                    assertTrue(hidden[r][c], "entry " + r + "," + c + " = " + grid[r][c] + " is published");
                }
            }
        }
    }

    @Example
    void aTableWithoutSmallCellsIsPublishedWhole() {
        boolean[][] hidden = Suppression.suppress(new long[][] {{10, 20}, {30, 0}}, 2, 5);
        for (boolean[] row : hidden) {
            assertArrayEquals(new boolean[] {false, false, false}, row);
        }
    }

    @Example
    void oneSmallCellTakesTheSmallestOthersOfItsRowAndColumnWithIt() {
        boolean[][] hidden = Suppression.suppress(new long[][] {{3, 20, 40}, {30, 9, 50}, {12, 60, 70}}, 3, 5);
        assertTrue(hidden[0][0]);
        assertTrue(hidden[0][1], "smallest other in its row");
        assertTrue(hidden[2][0], "smallest other in its column");
        assertTrue(hidden[1][1] || hidden[2][1], "column of the complement protected too");
        assertFalse(hidden[3][3], "the grand total stays published");
    }

    @Provide
    Arbitrary<long[][]> tables() {
        return Arbitraries.integers().between(1, 6).flatMap(rows -> Arbitraries.integers().between(1, 6)
                .flatMap(columns -> Arbitraries.longs().between(0, 30).withDistribution(RandomDistribution.biased())
                        .array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows)));
    }
}
