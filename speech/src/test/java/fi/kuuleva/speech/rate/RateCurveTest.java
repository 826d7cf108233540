package fi.kuuleva.speech.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuuleva.speech.tts.RateCurve;
import org.junit.jupiter.api.Test;

/** The inverse of a measured rate curve. */
class RateCurveTest {

    private final RateCurve curve = RateCurve.of(80, 2.8, 100, 3.3, 140, 4.6);

    @Test
    void interpolatesBetweenTheMeasuredPoints() {
        assertEquals(100, curve.wordsPerMinute(3.3));
        assertEquals(90, curve.wordsPerMinute(3.05));
        assertEquals(120, curve.wordsPerMinute(3.95));
    }

    @Test
    void takesTheNearestEndOutsideThem() {
        assertEquals(80, curve.wordsPerMinute(2.0));
        assertEquals(140, curve.wordsPerMinute(9.0));
    }

    @Test
    void refusesACurveThatDoesNotRise() {
        assertThrows(IllegalArgumentException.class, () -> RateCurve.of(80, 3.0, 100, 2.9));
    }
}
