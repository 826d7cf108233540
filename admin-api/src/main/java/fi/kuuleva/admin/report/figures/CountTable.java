package fi.kuuleva.admin.report.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts by group (rows) and answer value (columns) as read from the aggregates, turned into a published
 * {@link Distribution}. Values come in the question's order, then any others; groups alphabetically, unknown last.
 * Pure.
 */
public final class CountTable {

    public static final String UNKNOWN = "unknown";

    private final List<String> groups;
    private final List<String> values;
    private final long[][] counts;

    private CountTable(List<String> groups, List<String> values, long[][] counts) {
        this.groups = groups;
        this.values = values;
        this.counts = counts;
    }

    /** One aggregate row: a group ('' when unknown), an answer value and its count. */
    public record Row(String group, String value, long count) {
    }

    public static CountTable of(List<Row> rows, List<String> questionValues) {
        List<String> values = new ArrayList<>(questionValues);
        rows.stream().map(Row::value).filter(v -> !values.contains(v)).distinct()
                .sorted(Comparator.comparing(CountTable::numberOrMax).thenComparing(v -> v)).forEach(values::add);
        List<String> groups = rows.stream().map(Row::group).distinct()
                .sorted(Comparator.comparing(String::isEmpty).thenComparing(g -> g)).toList();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        groups.forEach(g -> rowOf.put(g, rowOf.size()));
        long[][] counts = new long[groups.size()][values.size()];
        for (Row row : rows) {
            counts[rowOf.get(row.group())][values.indexOf(row.value())] += row.count();
        }
        return new CountTable(groups, values, counts);
    }

    public Distribution publish(String questionId, Breakdown by, int minCell) {
        boolean[][] hidden = Suppression.suppress(counts, values.size(), minCell);
        long[][] grid = Grid.withTotals(counts, values.size());
        List<GroupRow> rows = new ArrayList<>();
        if (by != Breakdown.NONE) {
            for (int r = 0; r < groups.size(); r++) {
                rows.add(row(groups.get(r).isEmpty() ? UNKNOWN : groups.get(r), grid[r], hidden[r]));
            }
        }
        return new Distribution(questionId, by.apiName(), rows, row(null, grid[groups.size()], hidden[groups.size()]));
    }

    private GroupRow row(String group, long[] entries, boolean[] hidden) {
        int total = values.size();
        boolean nHidden = hidden[total];
        List<ValueCount> answers = new ArrayList<>();
        for (int c = 0; c < total; c++) {
            if (hidden[c]) {
                answers.add(new ValueCount(values.get(c), null, null, true));
            } else {
                Double share = nHidden || entries[total] == 0 ? null : (double) entries[c] / entries[total];
                answers.add(new ValueCount(values.get(c), entries[c], share, null));
            }
        }
        return new GroupRow(group, nHidden ? null : entries[total], nHidden ? true : null, answers);
    }

    private static long numberOrMax(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
