package fi.kuuleva.admin.report.figures;

import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Survey;
import jakarta.inject.Singleton;

/** A question's answer counts and shares by group, small cells suppressed. */
@Singleton
public class Distributions {

    private final FigureQueries queries;
    private final ReportSurveys surveys;
    private final ReportConfig config;

    public Distributions(FigureQueries queries, ReportSurveys surveys, ReportConfig config) {
        this.queries = queries;
        this.surveys = surveys;
        this.config = config;
    }

    public Distribution distribution(long versionId, String questionId, Breakdown by) {
        Survey survey = surveys.survey(versionId);
        Question question = surveys.countedQuestion(survey, questionId);
        return CountTable.of(queries.counts(versionId, questionId, by), question.answerValues())
                .publish(questionId, by, config.minCell());
    }
}
