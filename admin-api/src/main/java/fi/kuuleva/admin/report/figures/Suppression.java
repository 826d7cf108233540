package fi.kuuleva.admin.report.figures;

/**
 * Small-cell suppression of a count table published with its row totals, column totals and grand total. Primary:
 * every entry with 1 to {@code minCell - 1}, and every cell of a row (group) whose total is that small. Complementary:
 * while some row or column (totals included) has exactly one suppressed entry, which its published entries would
 * reveal, the smallest other entry of that line is suppressed too (a non-zero inner cell before a zero or a total).
 * Pure.
 */
public final class Suppression {

    private Suppression() {
    }

    /**
     * Returns the suppressed entries of the grid {@code (rows + 1) x (columns + 1)}: the cells, each row's total in
     * the last column, each column's total in the last row and the grand total in the corner.
     */
    public static boolean[][] suppress(long[][] cells, int columns, int minCell) {
        return suppress(cells, columns, minCell, new boolean[cells.length + 1][columns + 1]);
    }

    /**
     * As {@link #suppress(long[][], int, int)}, with the entries of {@code alreadyHidden} (same shape as the result)
     * suppressed from the start: totals another published table hides, so that this one cannot reveal them.
     */
    public static boolean[][] suppress(long[][] cells, int columns, int minCell, boolean[][] alreadyHidden) {
        long[][] grid = Grid.withTotals(cells, columns);
        int rows = cells.length;
        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            boolean smallGroup = r < rows && small(grid[r][columns], minCell);
            for (int c = 0; c <= columns; c++) {
                hidden[r][c] = small(grid[r][c], minCell) || smallGroup || alreadyHidden[r][c];
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r <= rows; r++) {
                changed |= protectRow(grid, hidden, r);
            }
            for (int c = 0; c <= columns; c++) {
                changed |= protectColumn(grid, hidden, c);
            }
        }
        return hidden;
    }

    static boolean small(long count, int minCell) {
        return count > 0 && count < minCell;
    }

    private static boolean protectRow(long[][] grid, boolean[][] hidden, int r) {
        int columns = grid[r].length;
        int suppressed = 0;
        int best = -1;
        for (int c = 0; c < columns; c++) {
            if (hidden[r][c]) {
                suppressed++;
            } else if (best < 0 || better(grid[r][c], c == columns - 1, grid[r][best], best == columns - 1)) {
                best = c;
            }
        }
        if (suppressed != 1 || best < 0) {
            return false;
        }
        hidden[r][best] = true;
        return true;
    }

    private static boolean protectColumn(long[][] grid, boolean[][] hidden, int c) {
        int rows = grid.length;
        int suppressed = 0;
        int best = -1;
        for (int r = 0; r < rows; r++) {
            if (hidden[r][c]) {
                suppressed++;
            } else if (best < 0 || better(grid[r][c], r == rows - 1, grid[best][c], best == rows - 1)) {
                best = r;
            }
        }
        if (suppressed != 1 || best < 0) {
            return false;
        }
        hidden[best][c] = true;
        return true;
    }

    /** Whether {@code a} protects better at less loss than {@code b}: non-zero, then inner, then smaller. */
    private static boolean better(long a, boolean aTotal, long b, boolean bTotal) {
        if ((a == 0) != (b == 0)) {
            return b == 0;
        }
        if (aTotal != bTotal) {
            return bTotal;
        }
        return a < b;
    }
}
