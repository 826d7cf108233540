package fi.kuuleva.admin.report.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Response quality of a survey version's campaigns: final dispositions, AAPOR's outcome rates, each group's response
 * against its sample and population shares, and the R-indicator over municipality, age band and language.
 */
@Serdeable
public record QualityReport(@Nullable String by, int minCell, List<DispositionFigure> dispositions,
                            @Nullable OutcomeRates rates, List<GroupQuality> groups, RIndicator rIndicator) {
}
