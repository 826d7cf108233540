package fi.kuuleva.admin.report.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A stratum of the population table without usable respondents, reported with where its population went.
 *
 * @param municipality    absent when the strata are age bands
 * @param ageBand         absent when the strata are municipalities
 * @param populationShare its share of the whole population table
 * @param reason          {@code noRespondents}, or {@code suppressed} when its answers are left out for disclosure
 * @param rule            {@link Collapsing#NEAREST_AGE_BAND}, {@link Collapsing#SAME_AGE_BAND} or
 *                        {@link Collapsing#PROPORTIONAL}
 * @param into            the stratum or age band it was merged into; absent when spread over every used stratum
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollapsedStratum(String municipality, String ageBand, long population, double populationShare,
                               String reason, String rule, String into) {
}
