package fi.kuuleva.admin.report.crosstab;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.CountTable;
import fi.kuuleva.admin.report.figures.Distribution;
import fi.kuuleva.admin.report.figures.Distributions;
import fi.kuuleva.admin.report.figures.FigureQueries;
import fi.kuuleva.admin.report.figures.ValueCount;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Survey;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Cross-tabulations of two counted questions of a version ("loneliness among those who use home care") from the
 * answer pair counts and answer counts, read in one snapshot (the route applies both together). A line or column
 * total that any published distribution of its question hides (by any breakdown) is hidden here too. Thread-safe.
 */
@Singleton
public class CrossTabs {

    private final PairQueries pairs;
    private final FigureQueries counts;
    private final Distributions distributions;
    private final ReportSurveys surveys;
    private final ReportConfig config;

    CrossTabs(PairQueries pairs, FigureQueries counts, Distributions distributions, ReportSurveys surveys,
              ReportConfig config) {
        this.pairs = pairs;
        this.counts = counts;
        this.distributions = distributions;
        this.surveys = surveys;
        this.config = config;
    }

    /** The row question against the column question; a bad request for one question twice. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public CrossTab crossTab(long versionId, String rowQuestion, String columnQuestion) {
        Survey survey = surveys.survey(versionId);
        if (rowQuestion == null || columnQuestion == null || rowQuestion.equals(columnQuestion)) {
            throw ApiProblem.badRequest("$.column", "give two different questions as row and column");
        }
        Question row = surveys.countedQuestion(survey, rowQuestion);
        Question column = surveys.countedQuestion(survey, columnQuestion);
        CrossTable table = CrossTable.of(pairs.pairs(versionId, rowQuestion, columnQuestion),
                answers(versionId, rowQuestion), answers(versionId, columnQuestion), row.answerValues(),
                column.answerValues());
        return table.publish(rowQuestion, columnQuestion, hiddenTotals(versionId, rowQuestion),
                hiddenTotals(versionId, columnQuestion), config.minCell());
    }

    private Map<String, Long> answers(long versionId, String questionId) {
        Map<String, Long> answers = new LinkedHashMap<>();
        for (CountTable.Row row : counts.counts(versionId, questionId, Breakdown.NONE)) {
            answers.merge(row.value(), row.count(), Long::sum);
        }
        return answers;
    }

    /** The answer values whose total some published distribution of the question hides. */
    private Set<String> hiddenTotals(long versionId, String questionId) {
        Set<String> hidden = new HashSet<>();
        for (Breakdown by : Breakdown.values()) {
            Distribution distribution = distributions.distribution(versionId, questionId, by);
            for (ValueCount answer : distribution.total().answers()) {
                if (answer.suppressed() != null) {
                    hidden.add(answer.value());
                }
            }
        }
        return hidden;
    }
}
