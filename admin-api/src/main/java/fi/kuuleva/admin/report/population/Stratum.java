package fi.kuuleva.admin.report.population;

/**
 * One municipality and age band: its population, and of a question's answers there, how many and how many were
 * among an indicator's values.
 */
public record Stratum(String municipality, String ageBand, long population, long answers, long hits) {
}
