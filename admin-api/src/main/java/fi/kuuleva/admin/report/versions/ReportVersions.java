package fi.kuuleva.admin.report.versions;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.report.figures.FigureQueries;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.survey.Language;
import fi.kuuleva.survey.Survey;
import jakarta.inject.Singleton;
import java.util.List;

/** The versions an analyst can report on, and each version's questions. */
@Singleton
public class ReportVersions {

    private final FigureQueries queries;
    private final ReportSurveys surveys;

    public ReportVersions(FigureQueries queries, ReportSurveys surveys) {
        this.queries = queries;
        this.surveys = surveys;
    }

    public List<ReportVersion> versions() {
        return queries.versions().stream().map(v -> {
            Survey survey = surveys.survey(v.versionId());
            return new ReportVersion(v.versionId(), v.slug(), v.versionNo(), survey.title().in(first(survey)),
                    v.respondents(), v.answers());
        }).toList();
    }

    public ReportVersion version(long versionId) {
        return versions().stream().filter(v -> v.versionId() == versionId).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("no survey version " + versionId));
    }

    public List<ReportQuestion> questions(long versionId) {
        Survey survey = surveys.survey(versionId);
        return survey.questions().stream().map(q -> ReportQuestion.of(q, first(survey))).toList();
    }

    static Language first(Survey survey) {
        return survey.languages().get(0);
    }
}
