package fi.kuuleva.admin.report.quality;

import fi.kuuleva.admin.report.ReportConfig;
import fi.kuuleva.admin.report.ReportSurveys;
import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.Cell;
import fi.kuuleva.admin.report.figures.Suppression;
import fi.kuuleva.admin.report.population.PopulationRow;
import fi.kuuleva.admin.report.population.PopulationStore;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds a version's {@link QualityReport}. Every count passes the report's small-cell rule with complements
 * ({@link Suppression}); a rate or share is published only when no count it rests on is suppressed: the overall
 * rates only when every disposition's count is published, a group's rates only when its whole row of categories is.
 * A breakdown lists every group of the sample and of the population table, those without anyone sampled with zeros.
 * Each campaign's dispositions and rates come from one table suppressed jointly with the version's counts
 * ({@link JointDispositions}), so neither can be subtracted from the other.
 */
@Singleton
public class ResponseQuality {

    private static final List<DispositionCategory> CATEGORIES = List.of(DispositionCategory.values());
    private static final List<Disposition> DISPOSITIONS = List.of(Disposition.values());

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

    /** The report, its reads in one snapshot so that the version's and the campaigns' counts add up. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public QualityReport report(long versionId, Breakdown by) {
        int questions = surveys.survey(versionId).questions().size();
        KeptSample kept = queries.kept(versionId, questions);
        List<CaseGroup> sample = kept.sample();
        Map<Long, List<CampaignCases>> byCampaign = new TreeMap<>();
        kept.campaigns()
                .forEach(c -> byCampaign.computeIfAbsent(c.campaignId(), k -> new ArrayList<>()).add(c));
        long[][] table = byCampaign.values().stream().map(ResponseQuality::dispositionCounts).toArray(long[][]::new);
        JointDispositions.Pattern pattern = JointDispositions.suppress(table, DISPOSITIONS.size(), config.minCell());
        List<DispositionFigure> dispositions = figures(columnTotals(table), pattern.version());
        boolean anyHidden = dispositions.stream().anyMatch(d -> d.count().hidden());
        OutcomeRates rates = anyHidden ? null : OutcomeRates.of(dispositionCounts(categoryCounts(sample)));
        // The R-indicator is a function of every cell's counts: published (rounded) only when the dispositions are.
        RIndicator r = anyHidden ? RIndicator.withheld() : RIndicator.of(PropensityFrame.of(sample)).rounded();
        List<CampaignQuality> campaigns = new ArrayList<>();
        int row = 0;
        for (List<CampaignCases> cases : byCampaign.values()) {
            campaigns.add(campaign(cases.get(0), table[row], pattern.campaigns()[row]));
            row++;
        }
        return new QualityReport(by.apiName(), config.minCell(), dispositions, rates, groups(sample, by), r,
                campaigns);
    }

    /** One campaign's row of the jointly suppressed table; its rates only when the whole row is published. */
    private static CampaignQuality campaign(CampaignCases first, long[] counts, boolean[] hidden) {
        int total = DISPOSITIONS.size();
        long sampled = 0;
        for (int d = 0; d < total; d++) {
            sampled += counts[d];
        }
        int complete = DISPOSITIONS.indexOf(Disposition.COMPLETE);
        int partial = DISPOSITIONS.indexOf(Disposition.PARTIAL);
        boolean rowHidden = anyHidden(hidden);
        long[] categories = new long[CATEGORIES.size()];
        for (int d = 0; d < total; d++) {
            categories[DISPOSITIONS.get(d).category().ordinal()] += counts[d];
        }
        OutcomeRates rates = rowHidden ? null : OutcomeRates.of(dispositionCounts(categories));
        return new CampaignQuality(first.campaignId(), first.name(), Cell.of(sampled, hidden[total]),
                Cell.of(counts[complete] + counts[partial], hidden[complete] || hidden[partial]),
                rates == null ? null : rates.rr2(), byCode(counts, hidden), rates);
    }

    private static List<DispositionFigure> figures(long[] counts, boolean[] hidden) {
        List<DispositionFigure> figures = new ArrayList<>();
        for (int d = 0; d < DISPOSITIONS.size(); d++) {
            Disposition disposition = DISPOSITIONS.get(d);
            figures.add(new DispositionFigure(disposition.code(), disposition, disposition.category(),
                    Cell.of(counts[d], hidden[d])));
        }
        return figures;
    }

    private static Map<String, Cell> byCode(long[] counts, boolean[] hidden) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (int d = 0; d < DISPOSITIONS.size(); d++) {
            cells.put(DISPOSITIONS.get(d).code(), Cell.of(counts[d], hidden[d]));
        }
        return cells;
    }

    private static long[] dispositionCounts(List<CampaignCases> cases) {
        long[] counts = new long[DISPOSITIONS.size()];
        cases.forEach(c -> counts[DISPOSITIONS.indexOf(FinalDispositions.of(c.history()))] += c.count());
        return counts;
    }

    private static long[] columnTotals(long[][] table) {
        long[] totals = new long[DISPOSITIONS.size()];
        for (long[] row : table) {
            for (int d = 0; d < totals.length; d++) {
                totals[d] += row[d];
            }
        }
        return totals;
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
