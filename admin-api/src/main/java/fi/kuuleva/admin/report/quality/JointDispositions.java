package fi.kuuleva.admin.report.quality;

import fi.kuuleva.admin.report.figures.Suppression;
import java.util.Arrays;

/**
 * Suppresses a version's disposition counts and the same counts per campaign as one: the campaign table (campaigns x
 * dispositions, with its margins) has the version's counts as its total row, so a count the version shows and the
 * campaign table hides (or the other way round) would let one table be subtracted from the other. The version's
 * counts are suppressed as a column as always ({@link Suppression}); the campaign table then starts from that pattern
 * in its total row, and while its complements hide more there, the version's column starts again from those. The
 * patterns only grow, so this ends, with the same pattern in both. With one campaign its row is the version's.
 * Pure.
 */
final class JointDispositions {

    /**
     * @param version   the version's hidden counts, one per disposition, then the total
     * @param campaigns each campaign's hidden counts, one per disposition, then its total
     */
    record Pattern(boolean[] version, boolean[][] campaigns) {
    }

    private JointDispositions() {
    }

    /** @param campaigns counts per campaign (rows) and disposition (columns) */
    static Pattern suppress(long[][] campaigns, int dispositions, int minCell) {
        long[] counts = new long[dispositions];
        for (long[] row : campaigns) {
            for (int d = 0; d < dispositions; d++) {
                counts[d] += row[d];
            }
        }
        boolean[] version = version(counts, minCell, null);
        if (campaigns.length <= 1) {
            return new Pattern(version, campaigns.length == 0 ? new boolean[0][] : new boolean[][] {version.clone()});
        }
        int rows = campaigns.length;
        while (true) {
            boolean[][] seed = new boolean[rows + 1][dispositions + 1];
            seed[rows] = version.clone();
            boolean[][] hidden = Suppression.suppress(campaigns, dispositions, minCell, seed);
            if (Arrays.equals(hidden[rows], version)) {
                return new Pattern(version, Arrays.copyOf(hidden, rows));
            }
            version = version(counts, minCell, hidden[rows]);
        }
    }

    /** The version's counts suppressed as one column with its total, starting from {@code seed} (or nothing). */
    private static boolean[] version(long[] counts, int minCell, boolean[] seed) {
        int n = counts.length;
        long[][] column = new long[n][1];
        boolean[][] start = new boolean[n + 1][2];
        for (int d = 0; d < n; d++) {
            column[d][0] = counts[d];
        }
        for (int d = 0; seed != null && d <= n; d++) {
            start[d][0] = seed[d];
            start[d][1] = seed[d];
        }
        boolean[][] hidden = Suppression.suppress(column, 1, minCell, start);
        boolean[] result = new boolean[n + 1];
        for (int d = 0; d <= n; d++) {
            result[d] = hidden[d][0];
        }
        return result;
    }
}
