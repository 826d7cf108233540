package fi.kuuleva.admin.report.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.report.figures.Suppression;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the campaigns' counts, the version's disposition counts and the campaign table show one pattern where
 * they meet (the table's total row), every line of either has no suppressed entry alone, and nothing the version
 * showed suppressed on its own is shown now.
 */
class JointDispositionsProperties {

    private static final int DISPOSITIONS = 5;

    @Property(tries = 3000)
    void theVersionAndItsCampaignsCannotBeSubtractedFromEachOther(@ForAll("tables") long[][] campaigns,
                                                                   @ForAll @IntRange(min = 2, max = 10) int minCell) {
        JointDispositions.Pattern pattern = JointDispositions.suppress(campaigns, DISPOSITIONS, minCell);
        int rows = campaigns.length;
        long[] totals = new long[DISPOSITIONS + 1];
        for (long[] row : campaigns) {
            for (int d = 0; d < DISPOSITIONS; d++) {
                totals[d] += row[d];
                totals[DISPOSITIONS] += row[d];
            }
        }
        // The version column: its own suppression at least, and no entry alone.
        long[][] column = new long[DISPOSITIONS][1];
        for (int d = 0; d < DISPOSITIONS; d++) {
            column[d][0] = totals[d];
        }
        boolean[][] alone = Suppression.suppress(column, 1, minCell);
        int hiddenInVersion = 0;
        for (int d = 0; d <= DISPOSITIONS; d++) {
            assertTrue(!alone[d][0] || pattern.version()[d], "the version hides at least what it hid alone");
            hiddenInVersion += pattern.version()[d] ? 1 : 0;
        }
        assertTrue(hiddenInVersion != 1, "a lone suppressed count in the version's column");
        if (rows == 0) {
            return;
        }
        // The campaign table with its total row (the version) and its totals column.
        long[][] grid = new long[rows + 1][DISPOSITIONS + 1];
        boolean[][] hidden = new boolean[rows + 1][DISPOSITIONS + 1];
        for (int r = 0; r < rows; r++) {
            for (int d = 0; d < DISPOSITIONS; d++) {
                grid[r][d] = campaigns[r][d];
                grid[r][DISPOSITIONS] += campaigns[r][d];
            }
            hidden[r] = pattern.campaigns()[r];
        }
        grid[rows] = totals;
        hidden[rows] = pattern.version();
        for (int r = 0; r <= rows; r++) {
            int count = 0;
            for (int c = 0; c <= DISPOSITIONS; c++) {
                count += hidden[r][c] ? 1 : 0;
                if (grid[r][c] > 0 && grid[r][c] < minCell) {
                    assertTrue(hidden[r][c], "a small count shown at " + r + "," + c);
                }
            }
            assertFalse(rows > 1 && count == 1, "row " + r + " has one suppressed entry");
        }
        for (int c = 0; c <= DISPOSITIONS && rows > 1; c++) {
            int count = 0;
            for (int r = 0; r <= rows; r++) {
                count += hidden[r][c] ? 1 : 0;
            }
            assertTrue(count != 1, "column " + c + " has one suppressed entry");
        }
        if (rows == 1) {
            assertArrayEquals(pattern.version(), pattern.campaigns()[0], "one campaign is the version");
        }
    }

    @Provide
    Arbitrary<long[][]> tables() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 0)),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 6)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(5, 80)));
        Arbitrary<long[]> row = count.array(long[].class).ofSize(DISPOSITIONS);
        return row.array(long[][].class).ofMinSize(0).ofMaxSize(4);
    }
}
