package fi.kuuleva.admin.report.figures;

import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.admin.report.figures.FigureQueries.ResponseCounts;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Response figures of a version. Each figure is suppressed on its own (figures overlap, so they do not add up to
 * one another), with its groups and total as one column.
 */
@Singleton
public class ResponseFigures {

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
        List<ResponseCounts> groups = new ArrayList<>(queries.response(versionId, by));
        groups.sort(Comparator.comparing((ResponseCounts g) -> g.group().isEmpty()).thenComparing(ResponseCounts::group));
        Cell[][] cells = published(groups, 7);
        List<ResponseRow> rows = new ArrayList<>();
        for (int r = 0; r < groups.size() && by != Breakdown.NONE; r++) {
            String group = groups.get(r).group().isEmpty() ? CountTable.UNKNOWN : groups.get(r).group();
            rows.add(responseRow(group, cells[r]));
        }
        List<ResponseCounts> attempts = queries.perAttempt(versionId);
        Cell[][] attemptCells = published(attempts, 3);
        List<AttemptRow> perAttempt = new ArrayList<>();
        for (int r = 0; r < attempts.size(); r++) {
            perAttempt.add(new AttemptRow(attempts.get(r).group(), attemptCells[r][0], attemptCells[r][1],
                    attemptCells[r][2]));
        }
        return new ResponseReport(by.apiName(), rows, responseRow(null, cells[groups.size()]), perAttempt);
    }

    private static ResponseRow responseRow(String group, Cell[] c) {
        return new ResponseRow(group, c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }

    /** Each figure's column suppressed with its total; the last row is the totals. */
    private Cell[][] published(List<ResponseCounts> rows, int figures) {
        Cell[][] cells = new Cell[rows.size() + 1][figures];
        for (int f = 0; f < figures; f++) {
            long[][] column = new long[rows.size()][1];
            long total = 0;
            for (int r = 0; r < rows.size(); r++) {
                column[r][0] = rows.get(r).figures()[f];
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
