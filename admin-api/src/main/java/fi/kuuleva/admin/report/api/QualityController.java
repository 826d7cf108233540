package fi.kuuleva.admin.report.api;

import fi.kuuleva.admin.report.quality.QualityReport;
import fi.kuuleva.admin.report.quality.ResponseQuality;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Response quality of a version: AAPOR dispositions and rates, representativeness and the R-indicator. */
@Controller("/api/reports/versions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ANALYST, Roles.OFFICER})
@Tag(name = "Reports")
class QualityController {

    private final ResponseQuality quality;

    QualityController(ResponseQuality quality) {
        this.quality = quality;
    }

    @Get("/{id}/quality")
    QualityReport quality(long id, @Nullable @QueryValue String by) {
        return quality.report(id, BreakdownParameter.parse(by));
    }
}
