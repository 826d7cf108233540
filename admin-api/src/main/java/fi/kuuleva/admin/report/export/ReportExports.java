package fi.kuuleva.admin.report.export;

import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.report.versions.ReportQuestion;
import fi.kuuleva.admin.report.versions.ReportVersions;
import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.Distribution;
import fi.kuuleva.admin.report.figures.Distributions;
import fi.kuuleva.admin.report.figures.ResponseFigures;
import fi.kuuleva.admin.report.figures.ResponseReport;
import fi.kuuleva.admin.report.indicator.IndicatorFigures;
import fi.kuuleva.admin.report.indicator.IndicatorReport;
import fi.kuuleva.admin.report.population.PopulationStore;
import fi.kuuleva.admin.report.population.Weights;
import fi.kuuleva.admin.report.population.WeightsReport;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Builds a version's whole export from the same services the API's endpoints use. */
@Singleton
public class ReportExports {

    private final ReportVersions versions;
    private final Distributions distributions;
    private final ResponseFigures response;
    private final IndicatorFigures indicators;
    private final Weights weights;
    private final PopulationStore population;
    private final ReportConfig config;
    private final Clock clock;

    public ReportExports(ReportVersions versions, Distributions distributions, ResponseFigures response,
                         IndicatorFigures indicators, Weights weights, PopulationStore population,
                         ReportConfig config, Clock clock) {
        this.versions = versions;
        this.distributions = distributions;
        this.response = response;
        this.indicators = indicators;
        this.weights = weights;
        this.population = population;
        this.config = config;
        this.clock = clock;
    }

    public ReportExport export(long versionId) {
        List<ReportQuestion> questions = versions.questions(versionId);
        List<Distribution> tables = new ArrayList<>();
        List<ResponseReport> responses = new ArrayList<>();
        List<IndicatorReport> figures = new ArrayList<>();
        for (Breakdown by : Breakdown.values()) {
            for (ReportQuestion question : questions) {
                if (!question.type().equals("open")) {
                    tables.add(distributions.distribution(versionId, question.id(), by));
                }
            }
            responses.add(response.response(versionId, by));
            figures.addAll(indicators.figures(versionId, by));
        }
        boolean counted = questions.stream().anyMatch(q -> !q.type().equals("open"));
        WeightsReport weighted = counted && !population.all().isEmpty() ? weights.weights(versionId, null) : null;
        return new ReportExport(versions.version(versionId), config.minCell(), clock.instant(), questions, tables,
                responses, figures, weighted);
    }
}
