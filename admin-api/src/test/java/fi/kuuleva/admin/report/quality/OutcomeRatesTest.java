package fi.kuuleva.admin.report.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * AAPOR's formulas (Standard Definitions, "Calculating rates from response distributions") on one worked example,
 * each rate computed by hand: I=400, P=50, R=200, NC=100, O=50, UH=150, UO=50, NE=100, so that the known eligible
 * are 800 and e = 800 / 900.
 */
class OutcomeRatesTest {

    private static final double EPS = 1e-9;
    private static final DispositionCounts EXAMPLE = new DispositionCounts(400, 50, 200, 100, 50, 150, 50, 100);

    @Test
    void responseRates() {
        OutcomeRates rates = OutcomeRates.of(EXAMPLE);
        double e = 800.0 / 900;
        assertEquals(e, rates.e(), EPS);
        assertEquals(400.0 / 1000, rates.rr1(), EPS);
        assertEquals(450.0 / 1000, rates.rr2(), EPS);
        assertEquals(400 / (800 + e * 200), rates.rr3(), EPS);
        assertEquals(450 / (800 + e * 200), rates.rr4(), EPS);
        assertEquals(400.0 / 800, rates.rr5(), EPS);
        assertEquals(450.0 / 800, rates.rr6(), EPS);
    }

    @Test
    void cooperationRefusalAndContactRates() {
        OutcomeRates rates = OutcomeRates.of(EXAMPLE);
        double e = 800.0 / 900;
        assertEquals(400.0 / 700, rates.coop1(), EPS);
        assertEquals(450.0 / 700, rates.coop2(), EPS);
        assertEquals(400.0 / 650, rates.coop3(), EPS);
        assertEquals(450.0 / 650, rates.coop4(), EPS);
        assertEquals(200.0 / 1000, rates.ref1(), EPS);
        assertEquals(200 / (800 + e * 200), rates.ref2(), EPS);
        assertEquals(200.0 / 800, rates.ref3(), EPS);
        assertEquals(700.0 / 1000, rates.con1(), EPS);
        assertEquals(700 / (800 + e * 200), rates.con2(), EPS);
        assertEquals(700.0 / 800, rates.con3(), EPS);
    }

    @Test
    void theRatesOrderAsTheStandardSays() {
        OutcomeRates rates = OutcomeRates.of(EXAMPLE);
        // RR1 <= RR3 <= RR5 (less of the unknown counted as eligible), and each odd rate <= the even one beside it.
        assertEquals(true, rates.rr1() <= rates.rr3() && rates.rr3() <= rates.rr5());
        assertEquals(true, rates.rr1() <= rates.rr2() && rates.rr3() <= rates.rr4() && rates.rr5() <= rates.rr6());
        // With e = 1 RR3 is RR1; with e = 0 it is RR5.
        assertEquals(OutcomeRates.of(EXAMPLE, 1).rr3(), rates.rr1(), EPS);
        assertEquals(OutcomeRates.of(EXAMPLE, 0).rr3(), rates.rr5(), EPS);
    }

    @Test
    void emptyDenominatorsGiveNoRateAndABadEIsRefused() {
        OutcomeRates none = OutcomeRates.of(new DispositionCounts(0, 0, 0, 0, 0, 0, 0, 0));
        assertNull(none.rr1());
        assertNull(none.coop1());
        assertEquals(1.0, none.e());
        OutcomeRates unknownOnly = OutcomeRates.of(new DispositionCounts(0, 0, 0, 0, 0, 10, 0, 0));
        assertEquals(0.0, unknownOnly.rr1());
        assertNull(unknownOnly.rr5());
        assertThrows(IllegalArgumentException.class, () -> OutcomeRates.of(EXAMPLE, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new DispositionCounts(-1, 0, 0, 0, 0, 0, 0, 0));
    }
}
