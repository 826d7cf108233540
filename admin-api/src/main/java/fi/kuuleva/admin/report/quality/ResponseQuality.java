package fi.kuuleva.admin.report.quality;

import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.Cell;
import fi.kuuleva.admin.report.figures.Suppression;
import fi.kuuleva.admin.report.population.PopulationRow;
import fi.kuuleva.admin.report.population.PopulationStore;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds a version's {@link QualityReport}. Every count passes the report's small-cell rule with complements
 * ({@link Suppression}); a rate or share is published only when no count it rests on is suppressed: the overall
 * rates only when every disposition's count is published, a group's rates only when its whole row of categories is.
 * A breakdown lists every group of the sample and of the population table, those without anyone sampled with zeros.
 */
@Singleton
public class ResponseQuality {

    private static final List<DispositionCategory> CATEGORIES = List.of(DispositionCategory.values());

    private final QualityQueries queries;
    private final ReportSurveys surveys;
    private final PopulationStore population;
    private final ReportConfig config;

    ResponseQuality(QualityQueries queries, ReportSurveys surveys, PopulationStore population, ReportConfig config) {
        this.queries = queries;
        this.surveys = surveys;
        this.population = population;
        this.config = config;
    }

    public QualityReport report(long versionId, Breakdown by) {
        int questions = surveys.survey(versionId).questions().size();
        List<CaseGroup> sample = queries.sample(versionId, questions);
        List<DispositionFigure> dispositions = dispositions(sample);
        boolean anyHidden = dispositions.stream().anyMatch(d -> d.count().hidden());
        OutcomeRates rates = anyHidden ? null : OutcomeRates.of(dispositionCounts(categoryCounts(sample)));
        // The R-indicator is a function of every cell's counts: published (rounded) only when the dispositions are.
        RIndicator r = anyHidden ? RIndicator.withheld() : RIndicator.of(PropensityFrame.of(sample)).rounded();
        return new QualityReport(by.apiName(), config.minCell(), dispositions, rates, groups(sample, by), r);
    }

    private List<DispositionFigure> dispositions(List<CaseGroup> sample) {
        Map<Disposition, Long> counts = new EnumMap<>(Disposition.class);
        sample.forEach(g -> counts.merge(FinalDispositions.of(g.history()), g.count(), Long::sum));
        List<Disposition> shown = List.of(Disposition.values());
        long[][] column = new long[shown.size()][1];
        for (int d = 0; d < shown.size(); d++) {
            column[d][0] = counts.getOrDefault(shown.get(d), 0L);
        }
        boolean[][] hidden = Suppression.suppress(column, 1, config.minCell());
        List<DispositionFigure> figures = new ArrayList<>();
        for (int d = 0; d < shown.size(); d++) {
            Disposition disposition = shown.get(d);
            figures.add(new DispositionFigure(disposition.code(), disposition, disposition.category(),
                    Cell.of(column[d][0], hidden[d][0])));
        }
        return figures;
    }

    private List<GroupQuality> groups(List<CaseGroup> sample, Breakdown by) {
        if (by == Breakdown.NONE) {
            return List.of();
        }
        Function<CaseGroup, String> key = switch (by) {
            case MUNICIPALITY -> CaseGroup::municipality;
            case AGE_BAND -> CaseGroup::ageBand;
            default -> CaseGroup::language;
        };
        Map<String, List<CaseGroup>> byGroup = new TreeMap<>();
        sample.forEach(g -> byGroup.computeIfAbsent(key.apply(g), k -> new ArrayList<>()).add(g));
        Map<String, Long> people = population(by);
        // Strata of the population table nobody was sampled from are listed with zero counts, not left out.
        people.keySet().forEach(group -> byGroup.putIfAbsent(group, List.of()));
        List<String> names = new ArrayList<>(byGroup.keySet());
        long[][] table = names.stream().map(n -> categoryCounts(byGroup.get(n))).toArray(long[][]::new);
        boolean[][] hidden = Suppression.suppress(table, CATEGORIES.size(), config.minCell());
        long[][] interviews = new long[names.size()][1];
        long[][] sampled = new long[names.size()][1];
        for (int r = 0; r < names.size(); r++) {
            interviews[r][0] = table[r][0] + table[r][1];
            for (long count : table[r]) {
                sampled[r][0] += count;
            }
        }
        // Both columns come from the category table's one suppression, so no second pattern undoes its complements.
        boolean[][] hiddenInterviews = new boolean[names.size()][1];
        boolean[][] hiddenSampled = new boolean[names.size()][1];
        for (int r = 0; r < names.size(); r++) {
            hiddenInterviews[r][0] = hidden[r][0] || hidden[r][1];
            hiddenSampled[r][0] = hidden[r][CATEGORIES.size()];
        }
        long allSampled = sum(sampled);
        long allInterviews = sum(interviews);
        long allPeople = people.values().stream().mapToLong(Long::longValue).sum();
        List<GroupQuality> rows = new ArrayList<>();
        for (int r = 0; r < names.size(); r++) {
            boolean ratesHidden = anyHidden(hidden[r]);
            OutcomeRates rates = ratesHidden ? null : OutcomeRates.of(dispositionCounts(table[r]));
            Long inPopulation = people.get(names.get(r));
            rows.add(new GroupQuality(names.get(r).isEmpty() ? "(unknown)" : names.get(r),
                    Cell.of(sampled[r][0], hiddenSampled[r][0]), Cell.of(interviews[r][0], hiddenInterviews[r][0]),
                    rates == null ? null : rates.rr2(),
                    hiddenSampled[r][0] ? null : share(sampled[r][0], allSampled),
                    hiddenInterviews[r][0] ? null : share(interviews[r][0], allInterviews),
                    inPopulation == null ? null : share(inPopulation, allPeople), rates));
        }
        return rows;
    }

    private Map<String, Long> population(Breakdown by) {
        Map<String, Long> people = new TreeMap<>();
        if (by == Breakdown.MUNICIPALITY || by == Breakdown.AGE_BAND) {
            for (PopulationRow row : population.all()) {
                String group = by == Breakdown.MUNICIPALITY ? row.municipality() : row.ageBand();
                people.merge(group, row.population(), Long::sum);
            }
        }
        return people;
    }

    private static long[] categoryCounts(List<CaseGroup> sample) {
        long[] counts = new long[CATEGORIES.size()];
        for (CaseGroup g : sample) {
            counts[FinalDispositions.of(g.history()).category().ordinal()] += g.count();
        }
        return counts;
    }

    private static DispositionCounts dispositionCounts(long[] c) {
        return new DispositionCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    private static boolean anyHidden(boolean[] row) {
        for (boolean hidden : row) {
            if (hidden) {
                return true;
            }
        }
        return false;
    }

    private static long sum(long[][] column) {
        long total = 0;
        for (long[] row : column) {
            total += row[0];
        }
        return total;
    }

    private static Double share(long part, long whole) {
        return whole > 0 ? (double) part / whole : null;
    }
}
