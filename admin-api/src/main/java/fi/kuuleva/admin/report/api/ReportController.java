package fi.kuuleva.admin.report.api;

import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.report.versions.ReportQuestion;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.admin.report.versions.ReportVersion;
import fi.kuuleva.admin.report.versions.ReportVersions;
import fi.kuuleva.admin.report.aggregate.AggregateCheck;
import fi.kuuleva.admin.report.aggregate.AnswerAggregates;
import fi.kuuleva.admin.report.figures.Distribution;
import fi.kuuleva.admin.report.figures.Distributions;
import fi.kuuleva.admin.report.figures.ResponseFigures;
import fi.kuuleva.admin.report.figures.ResponseReport;
import fi.kuuleva.admin.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;

/** Report figures of published survey versions: counts of groups only, small cells suppressed. */
@Controller("/api/reports/versions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ANALYST, Roles.OFFICER})
@Tag(name = "Reports")
class ReportController {

    private final ReportVersions versions;
    private final Distributions distributions;
    private final ResponseFigures response;
    private final AnswerAggregates aggregates;
    private final ReportSurveys surveys;
    private final Auditor audit;

    ReportController(ReportVersions versions, Distributions distributions, ResponseFigures response,
                     AnswerAggregates aggregates, ReportSurveys surveys, Auditor audit) {
        this.versions = versions;
        this.distributions = distributions;
        this.response = response;
        this.aggregates = aggregates;
        this.surveys = surveys;
        this.audit = audit;
    }

    @Get
    List<ReportVersion> versions() {
        return versions.versions();
    }

    @Get("/{id}/questions")
    List<ReportQuestion> questions(long id) {
        return versions.questions(id);
    }

    @Get("/{id}/questions/{questionId}/distribution")
    Distribution distribution(long id, String questionId, @Nullable @QueryValue String by) {
        return distributions.distribution(id, questionId, BreakdownParameter.parse(by));
    }

    @Get("/{id}/response")
    ResponseReport response(long id, @Nullable @QueryValue String by) {
        return response.response(id, BreakdownParameter.parse(by));
    }

    @Get("/{id}/check")
    AggregateCheck check(long id) {
        surveys.survey(id);
        return aggregates.check(id);
    }

    @Post("/{id}/rebuild")
    @Secured({Roles.ANALYST, Roles.ADMIN})
    AggregateCheck rebuild(long id, Authentication authentication) {
        surveys.survey(id);
        long cells = aggregates.rebuild(id);
        audit.record(authentication.getName(), "report.rebuild", "survey-version/" + id, Map.of("cells", cells));
        return aggregates.check(id);
    }
}
