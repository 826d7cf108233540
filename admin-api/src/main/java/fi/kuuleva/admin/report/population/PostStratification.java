package fi.kuuleva.admin.report.population;

import fi.kuuleva.admin.report.figures.Interval;
import java.util.List;
import java.util.Optional;

/**
 * Post-stratified share: each stratum's share weighted by its population, over the strata that have both population
 * and answers. Its 95% interval is Wilson's with Kish's effective sample size of the weights
 * {@code N_h / n_h}: {@code (sum N_h)^2 / sum (N_h^2 / n_h)}. Pure.
 */
public final class PostStratification {

    private PostStratification() {
    }

    /** The weighted estimate over strata chosen by {@link SafeStrata}; empty when none has population and answers. */
    public static Optional<WeightedEstimate> estimate(Stratified stratified) {
        return estimate(stratified.by(), stratified.strata());
    }

    /** The weighted estimate over {@code strata} (of kind {@code by}); empty when none has population and answers. */
    static Optional<WeightedEstimate> estimate(String by, List<Stratum> strata) {
        double population = 0;
        double weighted = 0;
        double squares = 0;
        long answers = 0;
        int used = 0;
        for (Stratum s : strata) {
            if (s.population() <= 0 || s.answers() <= 0) {
                continue;
            }
            population += s.population();
            weighted += s.population() * ((double) s.hits() / s.answers());
            squares += (double) s.population() * s.population() / s.answers();
            answers += s.answers();
            used++;
        }
        if (used == 0) {
            return Optional.empty();
        }
        double p = weighted / population;
        double effective = population * population / squares;
        Interval ci = Interval.wilson(p, effective);
        return Optional.of(new WeightedEstimate(p, ci.low(), ci.high(), Math.round(effective * 10) / 10.0, answers,
                used, by));
    }
}
