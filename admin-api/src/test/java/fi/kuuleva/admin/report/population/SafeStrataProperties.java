package fi.kuuleva.admin.report.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.CountTable;
import fi.kuuleva.admin.report.figures.FigureQueries.StratumCount;
import fi.kuuleva.admin.report.figures.GroupRow;
import fi.kuuleva.admin.report.figures.ValueCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever population table an analyst uploads (one stratum, strata of one, tables isolating a municipality x age
 * band, extreme populations), a weighted estimate never rests on fewer than the minimum cell, and every stratum it
 * uses is one whose figures are published anyway or that has no small cell.
 */
class SafeStrataProperties {

    private static final List<String> MUNICIPALITIES = List.of("Nokia", "Tampere", "Ylöjärvi", "");
    private static final List<String> AGE_BANDS = List.of("65-74", "75-84", "");
    private static final List<String> VALUES = List.of("1", "2", "3");

    @Property(tries = 3000)
    void noPopulationTableYieldsAWeightedFigureOnFewerThanTheMinimumCell(
            @ForAll("answers") List<StratumCount> counts, @ForAll("populations") List<PopulationRow> population,
            @ForAll("hits") List<String> hits, @ForAll @IntRange(min = 2, max = 10) int minCell) {
        Optional<WeightedEstimate> estimate = SafeStrata.choose(counts, population, VALUES, hits, minCell)
                .flatMap(PostStratification::estimate);
        estimate.ifPresent(w -> assertTrue(w.n() >= minCell, "weighted n " + w.n() + " < " + minCell));
        SafeStrata.choose(counts, population, VALUES, hits, minCell).ifPresent(stratified -> {
            for (Stratum s : stratified.strata()) {
                if (s.population() > 0 && s.answers() > 0) {
                    assertTrue(s.answers() >= minCell, "a stratum of " + s.answers() + " is used: " + s);
                }
            }
        });
    }

    @Property(tries = 3000)
    void everyStratumUsedIsPublishedAnywayOrHasNoSmallCell(
            @ForAll("answers") List<StratumCount> counts, @ForAll("populations") List<PopulationRow> population,
            @ForAll("hits") List<String> hits, @ForAll @IntRange(min = 2, max = 10) int minCell) {
        Optional<Stratified> chosen = SafeStrata.choose(counts, population, VALUES, hits, minCell);
        if (chosen.isEmpty()) {
            return;
        }
        Stratified stratified = chosen.get();
        if (stratified.by().equals(Stratified.CROSS)) {
            for (StratumCount count : counts) {
                assertTrue(count.count() == 0 || count.count() >= minCell, "a small cell in a cross stratum: "
                        + count);
            }
            return;
        }
        Breakdown by = stratified.by().equals(Stratified.MUNICIPALITY) ? Breakdown.MUNICIPALITY : Breakdown.AGE_BAND;
        List<CountTable.Row> rows = counts.stream().map(c -> new CountTable.Row(
                by == Breakdown.MUNICIPALITY ? c.municipality() : c.ageBand(), c.value(), c.count())).toList();
        List<GroupRow> published = CountTable.of(rows, VALUES).publish("q", by, minCell).groups();
        for (Stratum s : stratified.strata()) {
            String group = by == Breakdown.MUNICIPALITY ? s.municipality() : s.ageBand();
            GroupRow row = published.stream().filter(r -> r.group().equals(group)).findFirst().orElseThrow();
            assertTrue(row.complete(), "group " + group + " is used but its row is suppressed");
            assertEquals(row.n(), s.answers());
            assertEquals(row.answers().stream().filter(a -> hits.contains(a.value())).mapToLong(ValueCount::count)
                    .sum(), s.hits(), "hits are the sum of published counts");
        }
    }

    @Property(tries = 3000)
    void aWeightedDistributionIsTheWeightedIndicatorOfEachValueAndAFunctionOfPublishedFigures(
            @ForAll("answers") List<StratumCount> counts, @ForAll("populations") List<PopulationRow> population,
            @ForAll @IntRange(min = 2, max = 10) int minCell) {
        GroupRow total = CountTable.of(counts.stream().map(c -> new CountTable.Row("", c.value(), c.count()))
                .toList(), VALUES).publish("q", Breakdown.NONE, minCell).total();
        WeightedDistribution weighted = WeightedShares.of("q", counts, population, VALUES, total, minCell);
        if (weighted.unavailable() != null) {
            return;
        }
        assertTrue(total.complete(), "only beside a total published in full");
        assertTrue(weighted.n() >= minCell, "weighted n " + weighted.n() + " < " + minCell);
        assertEquals(1.0, weighted.answers().stream().mapToDouble(WeightedShare::share).sum(), 1e-9);
        for (WeightedShare share : weighted.answers()) {
            Stratified stratified = SafeStrata.choose(counts, population, VALUES, List.of(share.value()), minCell)
                    .orElseThrow();
            WeightedEstimate indicator = PostStratification.estimate(stratified).orElseThrow();
            assertEquals(indicator.estimate(), share.share(), 1e-12, "the weighted indicator of " + share.value());
            assertEquals(indicator.ciLow(), share.ciLow(), 1e-12);
            assertEquals(weighted.stratifiedBy(), stratified.by(), "every value on the same strata");
            long used = stratified.strata().stream().filter(Stratum::usable).mapToLong(Stratum::hits).sum();
            assertTrue(used == 0 || used >= minCell, share.value() + " rests on " + used + " answers");
            if (!stratified.by().equals(Stratified.CROSS)) {
                assertEquals(fromPublished(counts, population, share.value(), stratified.by(), minCell),
                        share.share(), 1e-9, "computable from the published distribution and the population");
            }
        }
    }

    @Property(tries = 2000)
    void noPopulationIsDroppedSilently(@ForAll("answers") List<StratumCount> counts,
                                       @ForAll("populations") List<PopulationRow> population,
                                       @ForAll @IntRange(min = 2, max = 10) int minCell) {
        SafeStrata.choose(counts, population, VALUES, List.of("1"), minCell).ifPresent(stratified -> {
            Collapsed collapsed = Collapsing.collapse(stratified);
            long table = population.stream().mapToLong(PopulationRow::population).sum();
            assertEquals(table, java.util.Arrays.stream(collapsed.populations()).sum(), 1e-6 * Math.max(1, table),
                    "the used strata stand for the whole table");
            long reported = collapsed.collapsed().stream().mapToLong(CollapsedStratum::population).sum();
            long used = collapsed.strata().stream().mapToLong(Stratum::population).sum();
            assertEquals(table, used + reported, "every stratum is used or reported as collapsed");
        });
    }

    /** The weighted share of {@code value} from the published distribution by {@code by} and the population alone. */
    private static double fromPublished(List<StratumCount> counts, List<PopulationRow> population, String value,
                                        String by, int minCell) {
        boolean municipality = by.equals(Stratified.MUNICIPALITY);
        Breakdown breakdown = municipality ? Breakdown.MUNICIPALITY : Breakdown.AGE_BAND;
        List<CountTable.Row> rows = counts.stream().map(c -> new CountTable.Row(
                municipality ? c.municipality() : c.ageBand(), c.value(), c.count())).toList();
        List<GroupRow> published = CountTable.of(rows, VALUES).publish("q", breakdown, minCell).groups();
        java.util.Map<String, Long> people = new java.util.TreeMap<>();
        population.forEach(p -> people.merge(municipality ? p.municipality() : p.ageBand(), p.population(),
                Long::sum));
        List<Stratum> strata = new ArrayList<>();
        List<Uncovered> uncovered = new ArrayList<>();
        people.forEach((group, n) -> {
            GroupRow row = published.stream().filter(r -> r.group().equals(group)).findFirst().orElse(null);
            boolean usable = row != null && row.complete() && row.n() >= minCell;
            String m = municipality ? group : "";
            String a = municipality ? "" : group;
            if (usable) {
                strata.add(new Stratum(m, a, n, row.n(), row.answers().stream().filter(x -> x.value().equals(value))
                        .mapToLong(ValueCount::count).sum()));
            } else if (n > 0) {
                uncovered.add(new Uncovered(m, a, n, row != null));
            }
        });
        return PostStratification.estimate(new Stratified(by, strata, uncovered)).orElseThrow().estimate();
    }

    @Example
    void aTableIsolatingOneRespondentGetsThePublishedFigureOfAWholeGroup() {
        List<StratumCount> counts = new ArrayList<>();
        counts.add(new StratumCount("Nokia", "65-74", "1", 1));
        counts.add(new StratumCount("Tampere", "65-74", "1", 40));
        counts.add(new StratumCount("Tampere", "65-74", "2", 60));
        // The attack: one line, Nokia;65-74;1000. Nokia's row (and, to protect it, Tampere's) is suppressed
        // in the distribution by municipality; the age band 65-74 is a published row, so the estimate is its share.
        for (PopulationRow only : List.of(new PopulationRow("Nokia", "65-74", 1000),
                new PopulationRow("Tampere", "65-74", 1))) {
            WeightedEstimate w = SafeStrata.choose(counts, List.of(only), VALUES, List.of("1"), 5)
                    .flatMap(PostStratification::estimate).orElseThrow();
            assertEquals(Stratified.AGE_BAND, w.stratifiedBy());
            assertEquals(101, w.n());
            assertEquals(41.0 / 101, w.estimate(), 1e-12);
        }
        counts.add(new StratumCount("Nokia", "75-84", "2", 3));
        assertTrue(SafeStrata.choose(counts.subList(0, 1), List.of(new PopulationRow("Nokia", "65-74", 1000)),
                VALUES, List.of("1"), 5).isEmpty(), "one respondent alone: no figure at all");
    }

    @Provide
    Arbitrary<List<StratumCount>> answers() {
        List<Arbitrary<StratumCount>> cells = new ArrayList<>();
        for (String municipality : MUNICIPALITIES) {
            for (String ageBand : AGE_BANDS) {
                for (String value : VALUES) {
                    cells.add(Arbitraries.frequencyOf(
                                    net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 0)),
                                    net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 6)),
                                    net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(5, 60)))
                            .map(n -> new StratumCount(municipality, ageBand, value, n)));
                }
            }
        }
        return Combinators.combine(cells).as(list -> list.stream().filter(c -> c.count() > 0).toList());
    }

    @Provide
    Arbitrary<List<PopulationRow>> populations() {
        Arbitrary<PopulationRow> row = Combinators.combine(Arbitraries.of(MUNICIPALITIES.subList(0, 3)),
                        Arbitraries.of(AGE_BANDS.subList(0, 2)),
                        Arbitraries.oneOf(Arbitraries.of(0L, 1L, 1_000_000_000L), Arbitraries.longs().between(0, 5000)))
                .as(PopulationRow::new);
        return row.list().ofMinSize(1).ofMaxSize(6).uniqueElements(r -> r.municipality() + ";" + r.ageBand());
    }

    @Provide
    Arbitrary<List<String>> hits() {
        return Arbitraries.of(VALUES).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    }
}
