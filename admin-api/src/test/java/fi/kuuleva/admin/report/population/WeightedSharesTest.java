package fi.kuuleva.admin.report.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.kuuleva.admin.report.figures.Breakdown;
import fi.kuuleva.admin.report.figures.CountTable;
import fi.kuuleva.admin.report.figures.FigureQueries.StratumCount;
import fi.kuuleva.admin.report.figures.GroupRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A weighted distribution on a worked example computed by hand, and when there is none. */
class WeightedSharesTest {

    private static final List<String> VALUES = List.of("yes", "no");

    @Test
    void eachValueIsPostStratifiedWithTheEmptyStratumCollapsedIntoItsNeighbour() {
        List<StratumCount> counts = List.of(new StratumCount("A", "65-74", "yes", 10),
                new StratumCount("A", "65-74", "no", 10), new StratumCount("A", "75-84", "yes", 5),
                new StratumCount("A", "75-84", "no", 15));
        List<PopulationRow> population = List.of(new PopulationRow("A", "65-74", 6000),
                new PopulationRow("A", "75-84", 3000), new PopulationRow("A", "85+", 1000));
        WeightedDistribution w = WeightedShares.of("q", counts, population, VALUES, total(counts, 5), 5);
        // A 85+ has nobody: its 1000 go to 75-84, the nearest band. yes = (6000 x 10/20 + 4000 x 5/20) / 10000 = 0.4
        // (unweighted 15/40 = 0.375). Kish: 10000^2 / (6000^2/20 + 4000^2/20) = 38.46.
        assertNull(w.unavailable());
        assertEquals(Stratified.CROSS, w.stratifiedBy());
        assertEquals(40, w.n());
        assertEquals(38.5, w.effectiveN(), 1e-9);
        assertEquals(2, w.strata());
        assertEquals("yes", w.answers().get(0).value());
        assertEquals(0.4, w.answers().get(0).share(), 1e-12);
        assertEquals(0.6, w.answers().get(1).share(), 1e-12);
        // Wilson at p = 0.4, n = 38.46: centre 0.4091, half-width 0.1479.
        assertEquals(0.2612, w.answers().get(0).ciLow(), 1e-4);
        assertEquals(0.5570, w.answers().get(0).ciHigh(), 1e-4);
        assertEquals(new CollapsedStratum("A", "85+", 1000, 0.1, "noRespondents", Collapsing.NEAREST_AGE_BAND,
                "A 75-84"), w.collapsed().get(0));
    }

    @Test
    void noPopulationOrAnUnpublishedTotalGivesNoWeightedFigure() {
        List<StratumCount> counts = List.of(new StratumCount("A", "65-74", "yes", 10),
                new StratumCount("A", "65-74", "no", 3));
        assertEquals(WeightedDistribution.NO_POPULATION,
                WeightedShares.of("q", counts, List.of(), VALUES, total(counts, 5), 5).unavailable());
        assertEquals(WeightedDistribution.NO_POPULATION, WeightedShares.of("q", counts,
                List.of(new PopulationRow("B", "85+", 100)), VALUES, total(counts, 5), 5).unavailable(),
                "a table of other municipalities and age bands covers none of the answers");
        assertEquals(WeightedDistribution.SUPPRESSED, WeightedShares.of("q", counts,
                List.of(new PopulationRow("A", "65-74", 100)), VALUES, total(counts, 5), 5).unavailable(),
                "three said no: the total is not published in full, so neither is its weighted form");
        assertEquals(WeightedDistribution.SUPPRESSED, WeightedShares.of("q", counts.subList(0, 1),
                List.of(new PopulationRow("A", "65-74", 100)), VALUES, total(counts.subList(0, 1), 11), 11)
                .unavailable(), "ten answers are fewer than the minimum cell of eleven");
    }

    private static GroupRow total(List<StratumCount> counts, int minCell) {
        return CountTable.of(counts.stream().map(c -> new CountTable.Row("", c.value(), c.count())).toList(), VALUES)
                .publish("q", Breakdown.NONE, minCell).total();
    }
}
