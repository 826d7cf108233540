package fi.kuuleva.admin.report.export;

import fi.kuuleva.admin.report.figures.AttemptRow;
import fi.kuuleva.admin.report.figures.Cell;
import fi.kuuleva.admin.report.figures.Distribution;
import fi.kuuleva.admin.report.figures.GroupRow;
import fi.kuuleva.admin.report.figures.ResponseReport;
import fi.kuuleva.admin.report.figures.ResponseRow;
import fi.kuuleva.admin.report.figures.ValueCount;
import fi.kuuleva.admin.report.indicator.IndicatorFigure;
import fi.kuuleva.admin.report.indicator.IndicatorReport;
import fi.kuuleva.admin.report.population.StratumWeight;
import fi.kuuleva.admin.report.population.WeightedEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An export as one semicolon-separated table, one figure per line ({@link #HEADER}); a suppressed figure has an
 * empty count and {@code suppressed} = true. The group is empty for totals. Pure.
 */
public final class ExportCsv {

    public static final String HEADER = "section;question;by;group;item;count;share;estimate;ciLow;ciHigh;suppressed";

    private ExportCsv() {
    }

    public static String csv(ReportExport export) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Distribution table : export.distributions()) {
            List<GroupRow> rows = new ArrayList<>(table.groups());
            rows.add(table.total());
            for (GroupRow row : rows) {
                lines.add(line("distribution", table.questionId(), table.by(), row.group(), "n",
                        row.n(), null, null, null, null, row.suppressed() != null));
                for (ValueCount value : row.answers()) {
                    lines.add(line("distribution", table.questionId(), table.by(), row.group(), value.value(),
                            value.count(), value.share(), null, null, null, value.suppressed() != null));
                }
            }
        }
        for (ResponseReport response : export.response()) {
            List<ResponseRow> rows = new ArrayList<>(response.groups());
            rows.add(response.total());
            for (ResponseRow row : rows) {
                String[] names = {"respondents", "called", "reached", "consented", "completed", "refused", "optedOut"};
                Cell[] cells = {row.respondents(), row.called(), row.reached(), row.consented(), row.completed(),
                    row.refused(), row.optedOut()};
                for (int i = 0; i < names.length; i++) {
                    lines.add(cell("response", response.by(), row.group(), names[i], cells[i]));
                }
            }
            if (response.by() == null) {
                for (AttemptRow attempt : response.perAttempt()) {
                    lines.add(cell("attempt", null, attempt.attemptNo(), "attempts", attempt.attempts()));
                    lines.add(cell("attempt", null, attempt.attemptNo(), "reached", attempt.reached()));
                    lines.add(cell("attempt", null, attempt.attemptNo(), "completed", attempt.completed()));
                }
            }
        }
        for (IndicatorReport indicator : export.indicators()) {
            List<IndicatorFigure> figures = new ArrayList<>(indicator.groups() == null ? List.of() : indicator.groups());
            figures.add(indicator.figure());
            for (IndicatorFigure f : figures) {
                lines.add(line("indicator", indicator.questionId(), indicator.by(), f.group(), indicator.name(), f.n(),
                        null, f.estimate(), f.ciLow(), f.ciHigh(), f.suppressed() != null));
                WeightedEstimate w = f.weighted();
                if (w != null) {
                    lines.add(line("indicator-weighted", indicator.questionId(), null, null, indicator.name(), w.n(),
                            null, w.estimate(), w.ciLow(), w.ciHigh(), false));
                }
            }
        }
        if (export.weights() != null) {
            for (StratumWeight s : export.weights().strata()) {
                String group = s.municipality() + " " + s.ageBand();
                lines.add(line("weights", export.weights().questionId(), "stratum", group, "population",
                        s.population(), null, null, null, null, false));
                lines.add(cell("weights", "stratum", group, "respondents", s.respondents()));
                lines.add(line("weights", export.weights().questionId(), "stratum", group, "weight", null, null,
                        s.weight(), null, null, s.respondents().hidden()));
            }
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String cell(String section, String by, String group, String item, Cell cell) {
        return line(section, null, by, group, item, cell.count(), null, null, null, null, cell.hidden());
    }

    private static String line(String section, String question, String by, String group, String item, Long count,
                               Double share, Double estimate, Double low, Double high, boolean suppressed) {
        return String.join(";", field(section), field(question), field(by), field(group), field(item),
                count == null ? "" : count.toString(), number(share), number(estimate), number(low), number(high),
                Boolean.toString(suppressed));
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    /** Quotes a text that holds the separator, a quote or a line break; a leading =, +, - or @ is defused. */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
