package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.report.figures.Cell;
import fi.kuuleva.admin.report.figures.Suppression;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a pre-notice was sent, against reach, by group and in total: one count table of four columns suppressed as
 * every report's table is ({@link Suppression}: small cells and small groups, with complements over rows, columns
 * and totals), so that its effect on reach can be measured without revealing a small count. Pure.
 */
@Serdeable
public record PreNoticeReport(@Nullable String by, List<PreNoticeRow> groups, PreNoticeRow total) {

    /** The report of {@code counts}: group to the four counts in {@link PreNoticeRow}'s order. */
    public static PreNoticeReport of(@Nullable String by, Map<String, long[]> counts, int minCell) {
        List<String> names = new ArrayList<>(counts.keySet());
        long[][] cells = counts.values().toArray(long[][]::new);
        boolean[][] hidden = Suppression.suppress(cells, 4, minCell);
        long[] totals = new long[5];
        List<PreNoticeRow> rows = new ArrayList<>();
        for (int r = 0; r < names.size(); r++) {
            long sum = 0;
            for (int c = 0; c < 4; c++) {
                totals[c] += cells[r][c];
                sum += cells[r][c];
            }
            totals[4] += sum;
            rows.add(row(names.get(r), cells[r], sum, hidden[r]));
        }
        PreNoticeRow total = row(null, totals, totals[4], hidden[names.size()]);
        return new PreNoticeReport(by, by == null ? List.of() : rows, total);
    }

    private static PreNoticeRow row(String group, long[] counts, long sum, boolean[] hidden) {
        return new PreNoticeRow(group, Cell.of(counts[0], hidden[0]), Cell.of(counts[1], hidden[1]),
                Cell.of(counts[2], hidden[2]), Cell.of(counts[3], hidden[3]), Cell.of(sum, hidden[4]));
    }
}
