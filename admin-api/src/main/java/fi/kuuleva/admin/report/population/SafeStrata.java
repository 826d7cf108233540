package fi.kuuleva.admin.report.population;

import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.CountTable;
import fi.kuuleva.admin.report.figures.FigureQueries.StratumCount;
import fi.kuuleva.admin.report.figures.GroupRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The strata a weighted estimate may use, chosen from the answers alone so that no population table reveals a small
 * cell. The analyst chooses the populations: with extreme ones a single estimate spells out each stratum's share, and
 * two uploads can be subtracted, so every stratum used must be publishable on its own, and so must whatever is left
 * out. In order: (1) municipality x age band, only when no stratum with answers (unknown ones included) has fewer
 * than {@code minCell} answers or an answer value given by 1 to {@code minCell - 1}; else (2) municipalities or
 * (3) age bands, using only groups whose whole row the published distribution by that breakdown shows, so the
 * estimate is a function of published figures (whichever covers more answers, municipalities on a tie). Empty when
 * none qualifies or fewer than {@code minCell} answers would be used. The strata of the population table (of the
 * chosen kind) without usable answers come with it as {@link Uncovered}, for {@link Collapsing}. Pure.
 */
public final class SafeStrata {

    private SafeStrata() {
    }

    /**
     * @param counts         the question's answer counts by municipality, age band and value ('' for unknown)
     * @param population     the uploaded population table
     * @param questionValues the question's answer values, as its distributions list them
     * @param hits           the values an indicator counts
     */
    public static Optional<Stratified> choose(List<StratumCount> counts, List<PopulationRow> population,
                                              List<String> questionValues, List<String> hits, int minCell) {
        if (noSmallCell(counts, minCell)) {
            Stratified cross = group(Stratified.CROSS, counts, population, hits,
                    c -> c.municipality() + "\u0000" + c.ageBand(), p -> p.municipality() + "\u0000" + p.ageBand(),
                    null);
            return enough(cross, minCell);
        }
        Optional<Stratified> byMunicipality = enough(group(Stratified.MUNICIPALITY, counts, population, hits,
                StratumCount::municipality, PopulationRow::municipality,
                completeRows(counts, questionValues, Breakdown.MUNICIPALITY, StratumCount::municipality, minCell)),
                minCell);
        Optional<Stratified> byAgeBand = enough(group(Stratified.AGE_BAND, counts, population, hits,
                StratumCount::ageBand, PopulationRow::ageBand,
                completeRows(counts, questionValues, Breakdown.AGE_BAND, StratumCount::ageBand, minCell)), minCell);
        if (byAgeBand.isPresent() && (byMunicipality.isEmpty()
                || byAgeBand.get().usedAnswers() > byMunicipality.get().usedAnswers())) {
            return byAgeBand;
        }
        return byMunicipality;
    }

    /** Whether every municipality x age band stratum with answers has at least minCell and no small value count. */
    static boolean noSmallCell(List<StratumCount> counts, int minCell) {
        Map<String, Long> answers = new HashMap<>();
        for (StratumCount count : counts) {
            if (count.count() > 0 && count.count() < minCell) {
                return false;
            }
            answers.merge(count.municipality() + "\u0000" + count.ageBand(), count.count(), Long::sum);
        }
        return answers.values().stream().allMatch(n -> n >= minCell);
    }

    /** The groups (known ones: unknown ones have no population) whose whole row the distribution publishes. */
    private static Set<String> completeRows(List<StratumCount> counts, List<String> questionValues, Breakdown by,
                                            Function<StratumCount, String> group, int minCell) {
        List<CountTable.Row> rows = counts.stream()
                .map(c -> new CountTable.Row(group.apply(c), c.value(), c.count())).toList();
        Set<String> complete = new HashSet<>();
        for (GroupRow row : CountTable.of(rows, questionValues).publish("", by, minCell).groups()) {
            if (row.complete() && row.n() != null && row.n() >= minCell) {
                complete.add(row.group());
            }
        }
        complete.remove(CountTable.UNKNOWN);
        return complete;
    }

    private static Stratified group(String by, List<StratumCount> counts, List<PopulationRow> population,
                                    List<String> hits, Function<StratumCount, String> countKey,
                                    Function<PopulationRow, String> populationKey, Set<String> allowed) {
        Map<String, long[]> figures = new TreeMap<>();
        Map<String, StratumCount> names = new HashMap<>();
        Set<String> answered = new HashSet<>();
        for (StratumCount count : counts) {
            String key = countKey.apply(count);
            answered.add(key);
            if (allowed != null && !allowed.contains(key)) {
                continue;
            }
            long[] f = figures.computeIfAbsent(key, k -> new long[] {0, 0, 0});
            names.putIfAbsent(key, count);
            f[1] += count.count();
            f[2] += hits.contains(count.value()) ? count.count() : 0;
        }
        Map<String, long[]> left = new TreeMap<>();
        Map<String, PopulationRow> leftNames = new HashMap<>();
        for (PopulationRow row : population) {
            String key = populationKey.apply(row);
            long[] f = figures.get(key);
            if (f != null) {
                f[0] += row.population();
            } else if (row.population() > 0) {
                left.computeIfAbsent(key, k -> new long[] {0})[0] += row.population();
                leftNames.putIfAbsent(key, row);
            }
        }
        List<Stratum> strata = new ArrayList<>();
        figures.forEach((key, f) -> {
            StratumCount name = names.get(key);
            String municipality = by.equals(Stratified.AGE_BAND) ? "" : name.municipality();
            String ageBand = by.equals(Stratified.MUNICIPALITY) ? "" : name.ageBand();
            strata.add(new Stratum(municipality, ageBand, f[0], f[1], f[2]));
        });
        List<Uncovered> uncovered = new ArrayList<>();
        left.forEach((key, p) -> {
            PopulationRow name = leftNames.get(key);
            uncovered.add(new Uncovered(by.equals(Stratified.AGE_BAND) ? "" : name.municipality(),
                    by.equals(Stratified.MUNICIPALITY) ? "" : name.ageBand(), p[0], answered.contains(key)));
        });
        return new Stratified(by, strata, uncovered);
    }

    private static Optional<Stratified> enough(Stratified stratified, int minCell) {
        return stratified.usedAnswers() >= minCell ? Optional.of(stratified) : Optional.empty();
    }
}
