package fi.kuuleva.admin.report.population;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.report.ReportConfig;
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
import java.util.Optional;
import java.util.TreeMap;

/**
 * The strata of a version's question (municipality and age band) with their population and answers: the weights
 * table and the strata of weighted indicator estimates ({@link SafeStrata}). Respondent counts per stratum are
 * suppressed as a municipality x age band table with its margins (the distributions by municipality and by age band
 * publish those margins), so that no margin minus published strata reveals a small one.
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
        boolean[] hidden = hiddenRespondents(strata, config.minCell());
        List<StratumWeight> rows = new ArrayList<>();
        long people = 0;
        long total = 0;
        for (int i = 0; i < strata.size(); i++) {
            Stratum s = strata.get(i);
            people += Math.max(0, s.population());
            total += s.answers();
            boolean published = !hidden[i] && s.population() >= 0 && s.answers() > 0;
            rows.add(new StratumWeight(label(s.municipality()), label(s.ageBand()),
                    s.population() < 0 ? null : s.population(), Cell.of(s.answers(), hidden[i]),
                    published ? (double) s.population() / s.answers() : null));
        }
        return new WeightsReport(id, people, Cell.of(total, hidden[strata.size()]), rows);
    }

    /** The strata a weighted estimate of the indicator {@code values} may use, if any ({@link SafeStrata}). */
    public Optional<Stratified> weighted(long versionId, String questionId, List<String> values) {
        Question question = surveys.countedQuestion(surveys.survey(versionId), questionId);
        return SafeStrata.choose(queries.strata(versionId, questionId), population.all(), question.answerValues(),
                values, config.minCell());
    }

    /**
     * Which strata's respondent counts are suppressed, as a municipality x age band table with its margins; the last
     * entry is the grand total.
     */
    static boolean[] hiddenRespondents(List<Stratum> strata, int minCell) {
        List<String> municipalities = strata.stream().map(Stratum::municipality).distinct().toList();
        List<String> ageBands = strata.stream().map(Stratum::ageBand).distinct().toList();
        long[][] cells = new long[municipalities.size()][ageBands.size()];
        for (Stratum s : strata) {
            cells[municipalities.indexOf(s.municipality())][ageBands.indexOf(s.ageBand())] += s.answers();
        }
        boolean[][] hidden = Suppression.suppress(cells, ageBands.size(), minCell);
        boolean[] result = new boolean[strata.size() + 1];
        result[strata.size()] = hidden[municipalities.size()][ageBands.size()];
        for (int i = 0; i < strata.size(); i++) {
            Stratum s = strata.get(i);
            result[i] = hidden[municipalities.indexOf(s.municipality())][ageBands.indexOf(s.ageBand())];
        }
        return result;
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
