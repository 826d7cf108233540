package fi.kuuleva.admin.report.figures;

import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.report.ReportSurveys;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Response figures of a version, read from the response counts the aggregation route keeps. Each figure is
 * suppressed on its own (figures overlap, so they do not add up to one another), with its groups and total as one
 * column.
 */
@Singleton
public class ResponseFigures {

    /** The figures of a respondent, in the order of {@link ResponseRow}. */
    static final List<String> FIGURES = List.of("respondents", "called", "reached", "consented", "completed",
            "refused", "optedOut");
    /** The figures of an attempt number, in the order of {@link AttemptRow}. */
    static final List<String> ATTEMPT = List.of("attempts", "reached", "completed");

    private final FigureQueries queries;
    private final ReportSurveys surveys;
    private final ReportConfig config;

    public ResponseFigures(FigureQueries queries, ReportSurveys surveys, ReportConfig config) {
        this.queries = queries;
        this.surveys = surveys;
        this.config = config;
    }

    public ResponseReport response(long versionId, Breakdown by) {
        surveys.survey(versionId);
        Map<String, long[]> byGroup = new TreeMap<>(Comparator.comparing(String::isEmpty)
                .thenComparing(Comparator.naturalOrder()));
        Map<Integer, long[]> byAttempt = new TreeMap<>();
        for (CountTable.Row row : queries.response(versionId, by)) {
            int figure = FIGURES.indexOf(row.value());
            if (figure >= 0) {
                byGroup.computeIfAbsent(row.group(), g -> new long[FIGURES.size()])[figure] += row.count();
            } else if (row.value().startsWith("attempt-")) {
                String[] parts = row.value().substring("attempt-".length()).split(":");
                byAttempt.computeIfAbsent(Integer.parseInt(parts[0]), n -> new long[ATTEMPT.size()])
                        [ATTEMPT.indexOf(parts[1])] += row.count();
            }
        }
        List<String> groups = new ArrayList<>(byGroup.keySet());
        Cell[][] cells = published(new ArrayList<>(byGroup.values()), FIGURES.size());
        List<ResponseRow> rows = new ArrayList<>();
        for (int r = 0; r < groups.size() && by != Breakdown.NONE; r++) {
            rows.add(responseRow(groups.get(r).isEmpty() ? CountTable.UNKNOWN : groups.get(r), cells[r]));
        }
        List<Integer> numbers = new ArrayList<>(byAttempt.keySet());
        Cell[][] attemptCells = published(new ArrayList<>(byAttempt.values()), ATTEMPT.size());
        List<AttemptRow> perAttempt = new ArrayList<>();
        for (int r = 0; r < numbers.size(); r++) {
            perAttempt.add(new AttemptRow(numbers.get(r).toString(), attemptCells[r][0], attemptCells[r][1],
                    attemptCells[r][2]));
        }
        return new ResponseReport(by.apiName(), rows, responseRow(null, cells[groups.size()]), perAttempt);
    }

    private static ResponseRow responseRow(String group, Cell[] c) {
        return new ResponseRow(group, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }

    /** Each figure's column suppressed with its total; the last row is the totals. */
    private Cell[][] published(List<long[]> rows, int figures) {
        Cell[][] cells = new Cell[rows.size() + 1][figures];
        for (int f = 0; f < figures; f++) {
            long[][] column = new long[rows.size()][1];
            long total = 0;
            for (int r = 0; r < rows.size(); r++) {
                column[r][0] = rows.get(r)[f];
                total += column[r][0];
            }
            boolean[][] hidden = Suppression.suppress(column, 1, config.minCell());
            for (int r = 0; r < rows.size(); r++) {
                cells[r][f] = Cell.of(column[r][0], hidden[r][0]);
            }
            cells[rows.size()][f] = Cell.of(total, hidden[rows.size()][0]);
        }
        return cells;
    }
}
