package fi.kuuleva.admin.report.figures;

/** A count table with its totals: row totals in an extra last column, column totals in an extra last row. Pure. */
public final class Grid {

    private Grid() {
    }

    public static long[][] withTotals(long[][] cells, int columns) {
        int rows = cells.length;
        long[][] grid = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                grid[r][c] = cells[r][c];
                grid[r][columns] += cells[r][c];
                grid[rows][c] += cells[r][c];
                grid[rows][columns] += cells[r][c];
            }
        }
        return grid;
    }
}
