package fi.kuuleva.admin.report.quality;

import fi.kuuleva.admin.report.figures.Cell;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One group's response beside its place in the sample and in the population: the shares are of the whole sample,
 * of all respondents and of the uploaded population table (null when it has no such group or none was uploaded).
 * Rates and shares are withheld (null) when a count they rest on is suppressed.
 *
 * @param responseRate RR2 of the group: interviews, complete or partial, of its eligible and unknown cases
 */
@Serdeable
public record GroupQuality(String group, Cell sampled, Cell respondents, @Nullable Double responseRate,
                           @Nullable Double sampleShare, @Nullable Double respondentShare,
                           @Nullable Double populationShare, @Nullable OutcomeRates rates) {
}
