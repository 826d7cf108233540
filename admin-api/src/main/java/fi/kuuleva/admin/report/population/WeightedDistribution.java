package fi.kuuleva.admin.report.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A question's answers post-stratified to the population table: each value's weighted share with its interval, the
 * strata used ({@code stratifiedBy}, {@code strata}, {@code n} answers, Kish's {@code effectiveN}) and the strata of
 * the population table without usable answers, collapsed. Only {@code questionId} and {@code unavailable} when there
 * is no weighted figure: {@code noPopulation} when no population row shares a municipality or age band with the
 * answers, else {@code suppressed}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WeightedDistribution(String questionId, String stratifiedBy, Long n, Double effectiveN, Integer strata,
                                   List<WeightedShare> answers, List<CollapsedStratum> collapsed,
                                   String unavailable) {

    public static final String NO_POPULATION = "noPopulation";
    public static final String SUPPRESSED = "suppressed";

    static WeightedDistribution unavailable(String questionId, String reason) {
        return new WeightedDistribution(questionId, null, null, null, null, null, null, reason);
    }
}
