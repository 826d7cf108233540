package fi.kuuleva.admin.report.population;

import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.admin.report.figures.Cell;
import fi.kuuleva.admin.report.figures.CountTable;
import fi.kuuleva.admin.report.figures.FigureQueries;
import fi.kuuleva.admin.report.figures.FigureQueries.StratumCount;
import fi.kuuleva.admin.report.figures.Suppression;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Survey;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The strata of a version's question (municipality and age band) with their population and answers: the weights
 * table and the strata of weighted indicator estimates. Respondent counts per stratum are suppressed as one column
 * with their total.
 */
@Singleton
public class Weights {

    private final FigureQueries queries;
    private final PopulationStore population;
    private final ReportSurveys surveys;
    private final ReportConfig config;

    public Weights(FigureQueries queries, PopulationStore population, ReportSurveys surveys, ReportConfig config) {
        this.queries = queries;
        this.population = population;
        this.surveys = surveys;
        this.config = config;
    }

    public WeightsReport weights(long versionId, String questionId) {
        Survey survey = surveys.survey(versionId);
        String id = questionId == null || questionId.isBlank() ? firstCounted(survey) : questionId;
        surveys.countedQuestion(survey, id);
        List<Stratum> strata = strata(versionId, id, List.of());
        long[][] column = new long[strata.size()][1];
        long total = 0;
        for (int i = 0; i < strata.size(); i++) {
            column[i][0] = strata.get(i).answers();
            total += column[i][0];
        }
        boolean[][] hidden = Suppression.suppress(column, 1, config.minCell());
        List<StratumWeight> rows = new ArrayList<>();
        long people = 0;
        for (int i = 0; i < strata.size(); i++) {
            Stratum s = strata.get(i);
            people += Math.max(0, s.population());
            boolean published = !hidden[i][0] && s.population() >= 0 && s.answers() > 0;
            rows.add(new StratumWeight(label(s.municipality()), label(s.ageBand()),
                    s.population() < 0 ? null : s.population(), Cell.of(s.answers(), hidden[i][0]),
                    published ? (double) s.population() / s.answers() : null));
        }
        return new WeightsReport(id, people, Cell.of(total, hidden[strata.size()][0]), rows);
    }

    /**
     * Every stratum with population or answers to the question (population -1 when not uploaded), with the answers
     * among {@code values} as hits.
     */
    public List<Stratum> strata(long versionId, String questionId, List<String> values) {
        Map<String, long[]> byKey = new TreeMap<>();
        Map<String, String[]> names = new TreeMap<>();
        for (PopulationRow row : population.all()) {
            String key = row.municipality() + "\u0000" + row.ageBand();
            byKey.put(key, new long[] {row.population(), 0, 0});
            names.put(key, new String[] {row.municipality(), row.ageBand()});
        }
        for (StratumCount count : queries.strata(versionId, questionId)) {
            String key = count.municipality() + "\u0000" + count.ageBand();
            long[] figures = byKey.computeIfAbsent(key, k -> new long[] {-1, 0, 0});
            names.putIfAbsent(key, new String[] {count.municipality(), count.ageBand()});
            figures[1] += count.count();
            figures[2] += values.contains(count.value()) ? count.count() : 0;
        }
        List<Stratum> strata = new ArrayList<>();
        byKey.forEach((key, f) -> strata.add(new Stratum(names.get(key)[0], names.get(key)[1], f[0], f[1], f[2])));
        return strata;
    }

    private static String label(String value) {
        return value.isEmpty() ? CountTable.UNKNOWN : value;
    }

    private static String firstCounted(Survey survey) {
        return survey.questions().stream().filter(q -> !(q instanceof OpenQuestion)).map(Question::id).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("survey " + survey.id() + " has no counted question"));
    }
}
