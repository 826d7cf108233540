package fi.kuuleva.admin.report.population;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A post-stratified share with its 95% interval.
 *
 * @param effectiveN   Kish's effective sample size (one decimal)
 * @param n            the answers in the strata used
 * @param strata       strata with both population and answers
 * @param stratifiedBy what the strata are: {@code municipality x ageBand}, {@code municipality} or {@code ageBand}
 * @param collapsed    the strata of the population table without usable answers, and where their population went
 */
@Serdeable
public record WeightedEstimate(double estimate, double ciLow, double ciHigh, double effectiveN, long n, int strata,
                               String stratifiedBy, List<CollapsedStratum> collapsed) {
}
