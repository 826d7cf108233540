package fi.kuuleva.admin.report.population;

/**
 * A stratum of the population table that a weighted estimate cannot use by itself: nobody in it answered the
 * question, or (for strata of one municipality or age band) its answers are left out because their distribution is
 * not published in full ({@code suppressed}). Its population is collapsed into used strata ({@link Collapsing}).
 */
public record Uncovered(String municipality, String ageBand, long population, boolean suppressed) {
}
