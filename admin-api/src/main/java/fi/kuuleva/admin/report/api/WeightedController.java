package fi.kuuleva.admin.report.api;

import fi.kuuleva.admin.report.population.WeightedDistribution;
import fi.kuuleva.admin.report.population.WeightedDistributions;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A question's answers post-stratified to the uploaded population table, beside the unweighted distribution. */
@Controller("/api/reports/versions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ANALYST, Roles.OFFICER})
@Tag(name = "Reports")
class WeightedController {

    private final WeightedDistributions weighted;

    WeightedController(WeightedDistributions weighted) {
        this.weighted = weighted;
    }

    @Get("/{id}/questions/{questionId}/distribution/weighted")
    WeightedDistribution weighted(long id, String questionId) {
        return weighted.distribution(id, questionId);
    }
}
