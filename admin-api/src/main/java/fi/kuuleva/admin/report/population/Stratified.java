package fi.kuuleva.admin.report.population;

import java.util.List;

/**
 * The strata a weighted estimate uses and what they are ({@code municipality x ageBand}, {@code municipality} or
 * {@code ageBand}); each one safe to publish on its own (see {@link SafeStrata}).
 */
public record Stratified(String by, List<Stratum> strata) {

    public static final String CROSS = "municipality x ageBand";
    public static final String MUNICIPALITY = "municipality";
    public static final String AGE_BAND = "ageBand";

    /** Answers in the strata that have population, which the estimate uses. */
    public long usedAnswers() {
        return strata.stream().filter(s -> s.population() > 0 && s.answers() > 0).mapToLong(Stratum::answers).sum();
    }
}
