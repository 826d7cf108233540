package fi.kuuleva.admin.report.api;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.ProblemError;
import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.indicator.Indicator;
import fi.kuuleva.admin.report.indicator.IndicatorFigures;
import fi.kuuleva.admin.report.indicator.IndicatorReport;
import fi.kuuleva.admin.report.indicator.IndicatorRequest;
import fi.kuuleva.admin.report.indicator.IndicatorStore;
import fi.kuuleva.admin.security.Roles;
import fi.kuuleva.survey.Survey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Analysts' indicators of a version and their figures; officers may read them. */
@Controller("/api/reports/versions/{id}/indicators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ANALYST, Roles.OFFICER})
@Tag(name = "Reports")
class IndicatorController {

    private final IndicatorStore store;
    private final IndicatorFigures figures;
    private final ReportSurveys surveys;
    private final Auditor audit;
    private final Clock clock;

    IndicatorController(IndicatorStore store, IndicatorFigures figures, ReportSurveys surveys, Auditor audit,
                        Clock clock) {
        this.store = store;
        this.figures = figures;
        this.surveys = surveys;
        this.audit = audit;
        this.clock = clock;
    }

    @Get
    List<IndicatorReport> list(long id, @Nullable @QueryValue String by) {
        Breakdown breakdown = BreakdownParameter.parse(by);
        surveys.survey(id);
        return figures.figures(id, breakdown);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured(Roles.ANALYST)
    IndicatorReport create(long id, @Body IndicatorRequest request, Authentication authentication) {
        Survey survey = surveys.survey(id);
        List<ProblemError> problems = request.problems(survey);
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems.get(0).path() + ": " + problems.get(0).message(), problems);
        }
        Indicator indicator = store.create(id, request.name().strip(), request.questionId(), request.values(),
                        authentication.getName(), clock.instant())
                .orElseThrow(() -> ApiProblem.conflict("version " + id + " already has an indicator named '"
                        + request.name().strip() + "'"));
        audit.record(authentication.getName(), "report.indicator.create", "survey-version/" + id,
                Map.of("indicator", indicator.id(), "name", indicator.name()));
        return figures.figures(indicator, Breakdown.NONE);
    }

    @Delete("/{indicatorId}")
    @Secured(Roles.ANALYST)
    HttpResponse<?> delete(long id, long indicatorId, Authentication authentication) {
        if (!store.delete(id, indicatorId)) {
            throw ApiProblem.notFound("no indicator " + indicatorId + " in version " + id);
        }
        audit.record(authentication.getName(), "report.indicator.delete", "survey-version/" + id,
                Map.of("indicator", indicatorId));
        return HttpResponse.noContent();
    }
}
