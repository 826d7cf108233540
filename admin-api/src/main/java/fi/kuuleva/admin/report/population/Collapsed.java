package fi.kuuleva.admin.report.population;

import java.util.List;

/**
 * The usable strata with the population each stands for once uncovered strata are collapsed into them
 * ({@code populations[i]} for {@code strata.get(i)}), and what was collapsed where.
 */
record Collapsed(List<Stratum> strata, double[] populations, List<CollapsedStratum> collapsed) {
}
