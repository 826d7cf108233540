package fi.kuuleva.admin.report.api;

import fi.kuuleva.admin.report.crosstab.CrossTab;
import fi.kuuleva.admin.report.crosstab.CrossTabs;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A question by another question, from the pair counts, suppression applied (a question by a register field is a
 * distribution with {@code by}).
 */
@Controller("/api/reports/versions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ANALYST, Roles.OFFICER})
@Tag(name = "Reports")
class CrossTabController {

    private final CrossTabs crossTabs;

    CrossTabController(CrossTabs crossTabs) {
        this.crossTabs = crossTabs;
    }

    @Get("/{id}/crosstab")
    CrossTab crossTab(long id, @Nullable @QueryValue String row, @Nullable @QueryValue String column) {
        return crossTabs.crossTab(id, row, column);
    }
}
