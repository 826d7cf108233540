package fi.kuuleva.admin.report.quality;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Response quality of a survey version's campaigns: final dispositions, AAPOR's outcome rates, each group's response
 * against its sample and population shares, the R-indicator over municipality, age band and language, and each
 * campaign's dispositions and rates.
 */
@Serdeable
public record QualityReport(@Nullable String by, int minCell, List<DispositionFigure> dispositions,
                            @Nullable OutcomeRates rates, List<GroupQuality> groups, RIndicator rIndicator,
                            List<CampaignQuality> campaigns) {
}
