package fi.kuuleva.admin.report.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The R-indicator and its propensity model on tables whose answer is known in closed form. */
class RIndicatorTest {

    @Test
    void twoGroupsOfAHundredRespondingAt20And60PercentGiveTheTextbookValue() {
        RIndicator r = RIndicator.of(List.of(cell(100, 20, "Imatra"), cell(100, 60, "Lappeenranta")));
        // propensities 0.2 and 0.6, mean 0.4, S = sqrt(200 * 0.04 / 199)
        assertEquals(1 - 2 * Math.sqrt(200 * 0.04 / 199), r.r(), 1e-6);
        assertTrue(r.low() <= r.r() && r.r() <= r.high(), r.toString());
        assertTrue(r.high() - r.low() > 0.05 && r.high() - r.low() < 0.5, "a plausible width: " + r);
        RIndicator published = r.rounded();
        assertEquals(0.60, published.r(), 1e-12, "published to two decimals");
    }

    @Test
    void equalResponseEverywhereIsFullyRepresentative() {
        RIndicator r = RIndicator.of(List.of(cell(400, 100, "a", "65-74"), cell(400, 100, "b", "65-74"),
                cell(400, 100, "a", "75+"), cell(400, 100, "b", "75+")));
        assertEquals(1.0, r.r(), 1e-6);
        assertTrue(r.high() <= 1 + 1e-9 && r.low() > 0.8, r.toString());
    }

    @Test
    void theMainEffectsModelRecoversPropensitiesThatFollowIt() {
        double[] field1 = {0, 1.0, -0.5};
        double[] field2 = {0, 0.7};
        List<FrameCell> cells = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        for (int a = 0; a < field1.length; a++) {
            for (int b = 0; b < field2.length; b++) {
                double mu = 1 / (1 + Math.exp(-(-1 + field1[a] + field2[b])));
                truth.add(mu);
                cells.add(cell(1_000_000, Math.round(1_000_000 * mu), "m" + a, "g" + b));
            }
        }
        long[] sampled = cells.stream().mapToLong(FrameCell::sampled).toArray();
        long[] responded = cells.stream().mapToLong(FrameCell::responded).toArray();
        double[] fitted = PropensityModel.fit(cells, sampled, responded);
        for (int c = 0; c < fitted.length; c++) {
            assertEquals(truth.get(c), fitted[c], 1e-5, "cell " + cells.get(c).levels());
        }
    }

    @Test
    void aGroupWhereNobodyRespondedStaysFinite() {
        RIndicator r = RIndicator.of(List.of(cell(50, 0, "x"), cell(50, 25, "y")));
        assertEquals(1 - 2 * Math.sqrt(100 * 0.0625 / 99), r.r(), 1e-4);
    }

    @Test
    void tooSmallASampleHasNoIndicator() {
        RIndicator r = RIndicator.of(List.of(cell(1, 1, "x")));
        assertNull(r.r());
        assertNull(r.low());
    }

    @Test
    void theIntervalIsReproducible() {
        List<FrameCell> cells = List.of(cell(120, 30, "a"), cell(80, 50, "b"), cell(60, 20, "c"));
        assertEquals(RIndicator.of(cells), RIndicator.of(cells));
    }

    private static FrameCell cell(long sampled, long responded, String... levels) {
        return new FrameCell(List.of(levels), sampled, responded);
    }
}
