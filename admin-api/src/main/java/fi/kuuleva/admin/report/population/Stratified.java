package fi.kuuleva.admin.report.population;

import java.util.List;

/**
 * The strata a weighted estimate uses and what they are ({@code municipality x ageBand}, {@code municipality} or
 * {@code ageBand}); each one safe to publish on its own (see {@link SafeStrata}). {@code uncovered} are the strata of
 * the population table (of the same kind) that have population but no usable answers.
 */
public record Stratified(String by, List<Stratum> strata, List<Uncovered> uncovered) {

    public static final String CROSS = "municipality x ageBand";
    public static final String MUNICIPALITY = "municipality";
    public static final String AGE_BAND = "ageBand";

    public Stratified(String by, List<Stratum> strata) {
        this(by, strata, List.of());
    }

    /** Answers in the strata that have population, which the estimate uses. */
    public long usedAnswers() {
        return strata.stream().filter(Stratum::usable).mapToLong(Stratum::answers).sum();
    }
}
