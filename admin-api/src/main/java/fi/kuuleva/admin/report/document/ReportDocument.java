package fi.kuuleva.admin.report.document;

import fi.kuuleva.admin.report.versions.ReportQuestion;
import fi.kuuleva.admin.report.export.ReportExport;
import fi.kuuleva.admin.report.figures.Distribution;
import fi.kuuleva.admin.report.figures.GroupRow;
import fi.kuuleva.admin.report.figures.ValueCount;
import fi.kuuleva.admin.report.indicator.IndicatorFigure;
import fi.kuuleva.admin.report.indicator.IndicatorReport;
import fi.kuuleva.admin.report.quality.DispositionFigure;
import fi.kuuleva.admin.report.quality.OutcomeRates;
import fi.kuuleva.admin.report.quality.QualityReport;
import fi.kuuleva.admin.report.quality.RIndicator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The printable report of a round as one XHTML document in one language: what was asked, how and when, response
 * with AAPOR rates and the R-indicator, each question's answers as a table with bars, and the indicators with their
 * intervals. It shows only figures that already passed suppression, marking hidden ones. Pure.
 */
final class ReportDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** Where the service serves the report's style sheet (public/ui/report.css on the class path). */
    static final String STYLE_SHEET = "/ui/report.css";

    private ReportDocument() {
    }

    /**
     * The document; {@code style} is the style sheet's text to inline (for the PDF renderer), or null to link
     * {@link #STYLE_SHEET} (in the browser, whose Content-Security-Policy allows no inline style).
     */
    static String html(ReportExport export, QualityReport quality, Fieldwork fieldwork, List<ReportQuestion> questions,
                       Words words, String style) {
        Html h = new Html();
        String title = words.get("report") + ": " + export.version().title();
        h.raw("<!DOCTYPE html>\n").open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang",
                words.language().code(), "xml:lang", words.language().code());
        h.open("head").raw("<meta charset=\"utf-8\" />").element("title", title);
        if (style == null) {
            h.raw("<link rel=\"stylesheet\" href=\"" + STYLE_SHEET + "\" />");
        } else {
            h.element("style", style);
        }
        h.close("head");
        h.open("body").open("main").element("h1", title);
        h.element("p", words.get("version") + " " + export.version().versionNo() + " · " + words.get("generated")
                + " " + DATE.format(export.generatedAt().atZone(ZoneId.of("Europe/Helsinki"))));
        if (fieldwork.first() != null) {
            h.element("p", words.get("period") + " " + DATE.format(fieldwork.first()) + "–"
                    + DATE.format(fieldwork.last()) + " (" + fieldwork.calls() + " " + words.get("calls") + ").");
        }
        h.element("p", words.get("method", export.minCell()));
        response(h, quality, words);
        answers(h, export, questions, words);
        indicators(h, export.indicators(), words);
        h.element("p", words.get("hiddenNote"), "class", "note");
        return h.close("main").close("body").close("html").toString();
    }

    private static void response(Html h, QualityReport quality, Words words) {
        h.element("h2", words.get("response"));
        h.open("table").element("caption", words.get("dispositions"));
        header(h, words.get("disposition"), words.get("count"));
        for (DispositionFigure d : quality.dispositions()) {
            if (d.count().hidden() || d.count().count() > 0) {
                row(h, words.get("d" + d.code()) + " (" + d.code() + ")", count(d.count().count()));
            }
        }
        h.close("tbody").close("table");
        OutcomeRates rates = quality.rates();
        h.open("table").element("caption", words.get("rates"));
        header(h, words.get("rate"), words.get("value"));
        row(h, words.get("rr2"), rate(rates, OutcomeRates::rr2, words));
        row(h, words.get("rr6"), rate(rates, OutcomeRates::rr6, words));
        row(h, words.get("coop2"), rate(rates, OutcomeRates::coop2, words));
        row(h, words.get("con1"), rate(rates, OutcomeRates::con1, words));
        RIndicator r = quality.rIndicator();
        row(h, words.get("rIndicator"), r.r() == null ? "–" : String.format("%.2f (%s %.2f–%.2f)", r.r(),
                words.get("interval"), r.low(), r.high()));
        h.close("tbody").close("table");
    }

    private static void answers(Html h, ReportExport export, List<ReportQuestion> questions, Words words) {
        h.element("h2", words.get("questions"));
        Map<String, Distribution> totals = export.distributions().stream().filter(d -> d.by() == null)
                .collect(Collectors.toMap(Distribution::questionId, d -> d, (a, b) -> a));
        for (ReportQuestion question : questions) {
            Distribution distribution = totals.get(question.id());
            String text = Optional.ofNullable(question.text().get(words.language().code()))
                    .orElse(question.text().values().iterator().next());
            h.element("h3", text);
            if (distribution == null) {
                continue;
            }
            GroupRow total = distribution.total();
            h.open("table").element("caption", total.n() == null ? words.get("hidden")
                    : total.n() + " " + words.get("answers"));
            header(h, words.get("answer"), words.get("count"), words.get("share"), "");
            Map<String, String> labels = question.options().stream()
                    .collect(Collectors.toMap(ReportQuestion.Option::value, ReportQuestion.Option::label));
            for (ValueCount value : total.answers()) {
                String label = labels.getOrDefault(value.value(), value.value());
                h.open("tr").element("th", label, "scope", "row")
                        .element("td", count(value.count()), "class", "n")
                        .element("td", value.share() == null ? "–" : words.percent(value.share()), "class", "n");
                h.open("td", "class", "chart");
                if (value.share() != null) {
                    h.raw("<div class=\"bar w" + 5 * Math.round(20 * value.share()) + "\"></div>");
                }
                h.close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
    }

    private static void indicators(Html h, List<IndicatorReport> indicators, Words words) {
        if (indicators.isEmpty()) {
            return;
        }
        h.element("h2", words.get("indicators"));
        h.open("table");
        header(h, words.get("indicator"), words.get("estimate"), words.get("interval"));
        for (IndicatorReport indicator : indicators) {
            IndicatorFigure figure = indicator.figure();
            boolean hidden = figure.estimate() == null;
            h.open("tr").element("th", indicator.name(), "scope", "row")
                    .element("td", hidden ? "–" : words.percent(figure.estimate()), "class", "n")
                    .element("td", hidden ? "–" : words.percent(figure.ciLow()) + "–" + words.percent(figure.ciHigh()),
                            "class", "n")
                    .close("tr");
        }
        h.close("tbody").close("table");
    }

    private static void header(Html h, String... columns) {
        h.open("thead").open("tr");
        for (String column : columns) {
            h.element("th", column, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
    }

    private static void row(Html h, String name, String value) {
        h.open("tr").element("th", name, "scope", "row").element("td", value, "class", "n").close("tr");
    }

    private static String count(Long count) {
        return count == null ? "–" : Long.toString(count);
    }

    private static String rate(OutcomeRates rates, Function<OutcomeRates, Double> rate, Words words) {
        Double value = rates == null ? null : rate.apply(rates);
        return value == null ? "–" : words.percent(value);
    }
}
