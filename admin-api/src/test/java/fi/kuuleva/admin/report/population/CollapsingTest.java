package fi.kuuleva.admin.report.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The collapsing rule on worked examples computed by hand. */
class CollapsingTest {

    @Test
    void crossStrataGoToTheNearestBandOfTheMunicipalityThenTheSameBandThenEveryStratum() {
        Stratified stratified = new Stratified(Stratified.CROSS, List.of(
                new Stratum("Imatra", "65-74", 1000, 10, 5),
                new Stratum("Imatra", "75-84", 500, 10, 2),
                new Stratum("Lappeenranta", "65-74", 3000, 20, 16)), List.of(
                new Uncovered("Imatra", "85+", 300, false),
                new Uncovered("Lappeenranta", "75-84", 1000, false),
                new Uncovered("Rautjärvi", "65-74", 800, false),
                new Uncovered("Rautjärvi", "85+", 450, false)));
        Collapsed collapsed = Collapsing.collapse(stratified);
        // Imatra 85+ -> Imatra 75-84 (nearest); Lappeenranta 75-84 -> Lappeenranta 65-74 (its only band);
        // Rautjärvi 65-74 -> 65-74 of Imatra and Lappeenranta as 1000:3000 (+200, +600);
        // Rautjärvi 85+ -> nobody of 85+ anywhere: every stratum as 1000:500:3000 (+100, +50, +300).
        assertEquals(1000 + 200 + 100, collapsed.populations()[0], 1e-9);
        assertEquals(500 + 300 + 50, collapsed.populations()[1], 1e-9);
        assertEquals(3000 + 1000 + 600 + 300, collapsed.populations()[2], 1e-9);
        List<CollapsedStratum> rows = collapsed.collapsed();
        assertEquals(new CollapsedStratum("Imatra", "85+", 300, 300.0 / 7050, "noRespondents",
                Collapsing.NEAREST_AGE_BAND, "Imatra 75-84"), rows.get(0));
        assertEquals("Lappeenranta 65-74", rows.get(1).into());
        assertEquals(Collapsing.SAME_AGE_BAND, rows.get(2).rule());
        assertEquals("65-74", rows.get(2).into());
        assertEquals(Collapsing.PROPORTIONAL, rows.get(3).rule());
        assertNull(rows.get(3).into());

        WeightedEstimate w = PostStratification.estimate(stratified).orElseThrow();
        // (1300 x 5/10 + 850 x 2/10 + 4900 x 16/20) / 7050 = 4740 / 7050; dropping the empty strata gave 3000 / 4500.
        assertEquals(4740.0 / 7050, w.estimate(), 1e-12);
        // Kish: 7050^2 / (1300^2/10 + 850^2/10 + 4900^2/20) = 49,702,500 / 1,441,750 = 34.47
        assertEquals(34.5, w.effectiveN(), 1e-9);
        assertEquals(40, w.n());
        assertEquals(3, w.strata());
        assertEquals(4, w.collapsed().size());
    }

    @Test
    void anAgeBandGoesToTheNearestUsedBandInNumericOrderTheYoungerOnATie() {
        Stratified stratified = new Stratified(Stratified.AGE_BAND, List.of(
                new Stratum("", "65-74", 100, 10, 1), new Stratum("", "85-99", 100, 10, 1)), List.of(
                new Uncovered("", "75-84", 50, true), new Uncovered("", "100+", 20, false)));
        Collapsed collapsed = Collapsing.collapse(stratified);
        assertEquals(150, collapsed.populations()[0], 1e-9, "75-84 is as near to 65-74 as to 85-99: the younger");
        assertEquals(120, collapsed.populations()[1], 1e-9, "100+ comes after 85-99, not first as text would");
        assertEquals("suppressed", collapsed.collapsed().get(0).reason());
        assertNull(collapsed.collapsed().get(0).municipality());
        assertEquals("85-99", collapsed.collapsed().get(1).into());
    }

    @Test
    void aMunicipalityIsSpreadOverEveryUsedMunicipalityInProportion() {
        Stratified stratified = new Stratified(Stratified.MUNICIPALITY, List.of(
                new Stratum("Imatra", "", 1000, 10, 5), new Stratum("Lappeenranta", "", 3000, 10, 1)), List.of(
                new Uncovered("Rautjärvi", "", 400, false)));
        Collapsed collapsed = Collapsing.collapse(stratified);
        assertEquals(1100, collapsed.populations()[0], 1e-9);
        assertEquals(3300, collapsed.populations()[1], 1e-9);
        assertEquals(400.0 / 4400, collapsed.collapsed().get(0).populationShare(), 1e-12);
        assertEquals(PostStratification.estimate(Stratified.MUNICIPALITY, stratified.strata()).orElseThrow()
                .estimate(), PostStratification.estimate(stratified).orElseThrow().estimate(), 1e-12,
                "spreading in proportion leaves the estimate as it was, but the stratum is reported");
    }
}
