package fi.kuuleva.admin.report.api;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.report.population.PopulationCsv;
import fi.kuuleva.admin.report.population.PopulationRow;
import fi.kuuleva.admin.report.population.PopulationStore;
import fi.kuuleva.admin.report.population.Weights;
import fi.kuuleva.admin.report.population.WeightsReport;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;

/** The population table analysts upload (CSV) and the post-stratification weights it gives a version. */
@Controller("/api/reports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ANALYST, Roles.OFFICER})
@Tag(name = "Reports")
class PopulationController {

    /** The largest population file accepted (a county has far fewer than 10,000 strata). */
    static final int MAX_BYTES = 1024 * 1024;

    @Serdeable
    record Uploaded(int rows, long population) {
    }

    private final PopulationStore store;
    private final Weights weights;
    private final Auditor audit;

    PopulationController(PopulationStore store, Weights weights, Auditor audit) {
        this.store = store;
        this.weights = weights;
        this.audit = audit;
    }

    @Put("/population")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Secured(Roles.ANALYST)
    Uploaded upload(@Body byte[] csv, Authentication authentication) {
        if (csv.length > MAX_BYTES) {
            throw ApiProblem.tooLarge("the population file is " + csv.length + " bytes; at most " + MAX_BYTES);
        }
        List<PopulationRow> rows = PopulationCsv.parse(csv);
        store.replace(rows);
        long population = rows.stream().mapToLong(PopulationRow::population).sum();
        audit.record(authentication.getName(), "report.population", "population",
                Map.of("rows", rows.size(), "population", population));
        return new Uploaded(rows.size(), population);
    }

    @Get("/versions/{id}/weights")
    WeightsReport weights(long id, @Nullable @QueryValue String questionId) {
        return weights.weights(id, questionId);
    }
}
