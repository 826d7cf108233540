package fi.kuuleva.admin.report.population;

import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.Distributions;
import fi.kuuleva.admin.report.figures.FigureQueries;
import fi.kuuleva.survey.Question;
import jakarta.inject.Singleton;

/** A question's weighted distribution ({@link WeightedShares}) from the aggregates and the population table. */
@Singleton
public class WeightedDistributions {

    private final FigureQueries queries;
    private final Distributions distributions;
    private final PopulationStore population;
    private final ReportSurveys surveys;
    private final ReportConfig config;

    public WeightedDistributions(FigureQueries queries, Distributions distributions, PopulationStore population,
                                 ReportSurveys surveys, ReportConfig config) {
        this.queries = queries;
        this.distributions = distributions;
        this.population = population;
        this.surveys = surveys;
        this.config = config;
    }

    public WeightedDistribution distribution(long versionId, String questionId) {
        Question question = surveys.countedQuestion(surveys.survey(versionId), questionId);
        return WeightedShares.of(questionId, queries.strata(versionId, questionId), population.all(),
                question.answerValues(), distributions.distribution(versionId, questionId, Breakdown.NONE).total(),
                config.minCell());
    }
}
