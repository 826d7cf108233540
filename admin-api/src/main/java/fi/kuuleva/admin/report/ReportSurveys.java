package fi.kuuleva.admin.report;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.survey.SurveyEngines;
import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Survey;
import jakarta.inject.Singleton;

/** The published survey behind a report, and the checks every report request shares. */
@Singleton
public class ReportSurveys {

    private final SurveyEngines engines;

    public ReportSurveys(SurveyEngines engines) {
        this.engines = engines;
    }

    /** The survey of version {@code versionId}, or a not-found problem. */
    public Survey survey(long versionId) {
        return engines.engine(versionId).map(FlowEngine::survey)
                .orElseThrow(() -> ApiProblem.notFound("no survey version " + versionId));
    }

    /** A question whose answers are counted (open answers never are), or a not-found problem. */
    public Question countedQuestion(Survey survey, String questionId) {
        Question question = survey.question(questionId)
                .orElseThrow(() -> ApiProblem.notFound("no question '" + questionId + "' in survey "
                        + survey.id()));
        if (question instanceof OpenQuestion) {
            throw ApiProblem.notFound("question '" + questionId + "' is an open question: its answers"
                    + " are not counted in reports");
        }
        return question;
    }
}
