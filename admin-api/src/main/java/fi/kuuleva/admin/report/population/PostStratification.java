package fi.kuuleva.admin.report.population;

import fi.kuuleva.admin.report.figures.Interval;
import java.util.List;
import java.util.Optional;

/**
 * Post-stratified share: each stratum's share weighted by its population, over the strata that have both population
 * and answers, the population of strata without usable answers collapsed into them first ({@link Collapsing}). Its
 * 95% interval is Wilson's with Kish's effective sample size of the weights {@code N_h / n_h}:
 * {@code (sum N_h)^2 / sum (N_h^2 / n_h)}. Pure.
 */
public final class PostStratification {

    private PostStratification() {
    }

    /** The weighted estimate over strata chosen by {@link SafeStrata}; empty when none has population and answers. */
    public static Optional<WeightedEstimate> estimate(Stratified stratified) {
        Collapsed collapsed = Collapsing.collapse(stratified);
        return estimate(stratified.by(), collapsed.strata(), collapsed.populations(), collapsed.collapsed());
    }

    /** The weighted estimate over {@code strata} (of kind {@code by}), nothing collapsed; empty when none is usable. */
    static Optional<WeightedEstimate> estimate(String by, List<Stratum> strata) {
        List<Stratum> used = strata.stream().filter(Stratum::usable).toList();
        return estimate(by, used, used.stream().mapToDouble(Stratum::population).toArray(), List.of());
    }

    private static Optional<WeightedEstimate> estimate(String by, List<Stratum> used, double[] populations,
                                                       List<CollapsedStratum> collapsed) {
        if (used.isEmpty()) {
            return Optional.empty();
        }
        double population = 0;
        double weighted = 0;
        double squares = 0;
        long answers = 0;
        for (int i = 0; i < used.size(); i++) {
            Stratum s = used.get(i);
            double people = populations[i];
            population += people;
            weighted += people * ((double) s.hits() / s.answers());
            squares += people * people / s.answers();
            answers += s.answers();
        }
        double p = weighted / population;
        double effective = population * population / squares;
        Interval ci = Interval.wilson(p, effective);
        return Optional.of(new WeightedEstimate(p, ci.low(), ci.high(), Math.round(effective * 10) / 10.0, answers,
                used.size(), by, collapsed));
    }
}
