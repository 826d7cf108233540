package fi.kuuleva.admin.report.figures;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Survey;
import jakarta.inject.Singleton;

/**
 * Cross-tabulations of two counted questions of a version ("loneliness among those who use home care"), counted
 * over the respondents who answered both, published through the same small-cell suppression with complements as the
 * distributions (a question by a register field is a distribution with {@code by}).
 */
@Singleton
public class CrossTabs {

    private final FigureQueries queries;
    private final ReportSurveys surveys;
    private final ReportConfig config;

    public CrossTabs(FigureQueries queries, ReportSurveys surveys, ReportConfig config) {
        this.queries = queries;
        this.surveys = surveys;
        this.config = config;
    }

    public CrossTab crossTab(long versionId, String rowQuestion, String columnQuestion) {
        Survey survey = surveys.survey(versionId);
        if (rowQuestion == null || columnQuestion == null || rowQuestion.equals(columnQuestion)) {
            throw ApiProblem.badRequest("$.column", "give two different questions as row and column");
        }
        surveys.countedQuestion(survey, rowQuestion);
        Question column = surveys.countedQuestion(survey, columnQuestion);
        Distribution table = CountTable.of(queries.pairs(versionId, rowQuestion, columnQuestion),
                column.answerValues()).publish(columnQuestion, rowQuestion, true, config.minCell());
        return new CrossTab(rowQuestion, columnQuestion, table.groups(), table.total());
    }
}
