package fi.kuuleva.admin.report.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.report.figures.Interval;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostStratificationTest {

    @Test
    void wilsonMatchesTheTextbookValue() {
        Interval ci = Interval.wilson(0.5, 100);
        assertEquals(0.4038, ci.low(), 1e-4);
        assertEquals(0.5962, ci.high(), 1e-4);
        Interval none = Interval.wilson(0, 10);
        assertEquals(0, none.low(), 1e-12);
        assertEquals(0.2775, none.high(), 1e-4);
    }

    @Test
    void strataAreWeightedByPopulationAndTheEffectiveSizeShrinks() {
        // Stratum A: 9,000 people, 10 of 100 answers hit; B: 1,000 people, 90 of 100 hit.
        WeightedEstimate w = PostStratification.estimate("test", List.of(
                new Stratum("A", "65-74", 9000, 100, 10), new Stratum("B", "65-74", 1000, 100, 90),
                new Stratum("C", "65-74", -1, 50, 50), new Stratum("D", "85+", 500, 0, 0))).orElseThrow();
        assertEquals(0.9 * 0.1 + 0.1 * 0.9, w.estimate(), 1e-12);
        assertEquals(2, w.strata(), "C has no population, D no answers");
        assertEquals(200, w.n());
        // Kish: 10000^2 / (9000^2/100 + 1000^2/100) = 121.95
        assertEquals(122.0, w.effectiveN(), 0.1);
        assertTrue(w.ciLow() < w.estimate() && w.estimate() < w.ciHigh());
        assertTrue(PostStratification.estimate("test", List.of(new Stratum("C", "x", -1, 5, 5))).isEmpty());
    }
}
