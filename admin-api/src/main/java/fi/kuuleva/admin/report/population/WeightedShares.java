package fi.kuuleva.admin.report.population;

import fi.kuuleva.admin.report.figures.FigureQueries.StratumCount;
import fi.kuuleva.admin.report.figures.GroupRow;
import fi.kuuleva.admin.report.figures.ValueCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A weighted distribution under the same rules as weighted indicators: given only when the unweighted total is
 * published in full, over the strata {@link SafeStrata} chooses (the choice does not depend on the values counted, so
 * every value's share uses the same strata), each value's share being exactly the weighted indicator of that one
 * value. So it tells nothing a set of weighted indicators would not, rests on at least {@code minCell} answers, and
 * each share's interval is the indicator's (Wilson's with Kish's effective sample size). Pure.
 */
public final class WeightedShares {

    private WeightedShares() {
    }

    /**
     * @param counts         the question's answer counts by municipality, age band and value ('' for unknown)
     * @param population     the uploaded population table
     * @param questionValues the question's answer values, as its distributions list them
     * @param total          the question's published unweighted total (its values in the order shown)
     */
    public static WeightedDistribution of(String questionId, List<StratumCount> counts,
                                          List<PopulationRow> population, List<String> questionValues,
                                          GroupRow total, int minCell) {
        Set<String> municipalities = counts.stream().map(StratumCount::municipality).collect(Collectors.toSet());
        Set<String> ageBands = counts.stream().map(StratumCount::ageBand).collect(Collectors.toSet());
        if (population.stream().noneMatch(row -> row.population() > 0 && (municipalities.contains(row.municipality())
                || ageBands.contains(row.ageBand())))) {
            return WeightedDistribution.unavailable(questionId, WeightedDistribution.NO_POPULATION);
        }
        if (!total.complete()) {
            return WeightedDistribution.unavailable(questionId, WeightedDistribution.SUPPRESSED);
        }
        List<WeightedShare> shares = new ArrayList<>();
        WeightedEstimate first = null;
        for (ValueCount answer : total.answers()) {
            Optional<WeightedEstimate> estimate = SafeStrata.choose(counts, population, questionValues,
                    List.of(answer.value()), minCell).flatMap(PostStratification::estimate);
            if (estimate.isEmpty()) {
                return WeightedDistribution.unavailable(questionId, WeightedDistribution.SUPPRESSED);
            }
            WeightedEstimate w = estimate.get();
            first = first == null ? w : first;
            shares.add(new WeightedShare(answer.value(), w.estimate(), w.ciLow(), w.ciHigh()));
        }
        if (first == null) {
            return WeightedDistribution.unavailable(questionId, WeightedDistribution.SUPPRESSED);
        }
        return new WeightedDistribution(questionId, first.stratifiedBy(), first.n(), first.effectiveN(),
                first.strata(), shares, first.collapsed(), null);
    }
}
