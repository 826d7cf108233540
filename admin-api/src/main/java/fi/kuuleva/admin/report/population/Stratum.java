package fi.kuuleva.admin.report.population;

/**
 * One municipality and age band: its population, and of a question's answers there, how many and how many were
 * among an indicator's values.
 */
public record Stratum(String municipality, String ageBand, long population, long answers, long hits) {

    /** Whether a weighted estimate can use it: it has both population and answers. */
    public boolean usable() {
        return population > 0 && answers > 0;
    }
}
