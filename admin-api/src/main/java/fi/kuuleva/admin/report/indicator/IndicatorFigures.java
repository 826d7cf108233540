package fi.kuuleva.admin.report.indicator;

import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.Distribution;
import fi.kuuleva.admin.report.figures.Distributions;
import fi.kuuleva.admin.report.figures.GroupRow;
import fi.kuuleva.admin.report.figures.Interval;
import fi.kuuleva.admin.report.figures.ValueCount;
import fi.kuuleva.admin.report.population.PostStratification;
import fi.kuuleva.admin.report.population.WeightedEstimate;
import fi.kuuleva.admin.report.population.Weights;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Indicator figures, read off the question's published distributions (the total off the distribution without
 * breakdown): a group's figure is given only where its whole row is published, so a figure can never reveal a
 * suppressed cell. The weighted total uses only strata that {@link fi.kuuleva.admin.report.population.SafeStrata}
 * allows, whatever population table is uploaded.
 */
@Singleton
public class IndicatorFigures {

    private final IndicatorStore store;
    private final Distributions distributions;
    private final Weights weights;

    public IndicatorFigures(IndicatorStore store, Distributions distributions, Weights weights) {
        this.store = store;
        this.distributions = distributions;
        this.weights = weights;
    }

    public List<IndicatorReport> figures(long versionId, Breakdown by) {
        return store.list(versionId).stream().map(indicator -> figures(indicator, by)).toList();
    }

    public IndicatorReport figures(Indicator indicator, Breakdown by) {
        Distribution overall = distributions.distribution(indicator.versionId(), indicator.questionId(),
                Breakdown.NONE);
        WeightedEstimate weighted = !overall.total().complete() ? null
                : weights.weighted(indicator.versionId(), indicator.questionId(), indicator.values())
                        .flatMap(PostStratification::estimate).orElse(null);
        IndicatorFigure total = figure(overall.total(), indicator.values(), weighted);
        List<IndicatorFigure> groups = by == Breakdown.NONE ? null
                : distributions.distribution(indicator.versionId(), indicator.questionId(), by).groups().stream()
                        .map(row -> figure(row, indicator.values(), null)).toList();
        return new IndicatorReport(indicator.id(), indicator.name(), indicator.questionId(), indicator.values(),
                by.apiName(), total, groups);
    }

    static IndicatorFigure figure(GroupRow row, List<String> values, WeightedEstimate weighted) {
        if (!row.complete()) {
            return new IndicatorFigure(row.group(), null, null, null, null, true, null);
        }
        long hits = row.answers().stream().filter(a -> values.contains(a.value())).mapToLong(ValueCount::count).sum();
        long n = row.n();
        double p = n == 0 ? 0 : (double) hits / n;
        Interval ci = Interval.wilson(p, n);
        return new IndicatorFigure(row.group(), n == 0 ? null : p, ci.low(), ci.high(), n, null, weighted);
    }
}
