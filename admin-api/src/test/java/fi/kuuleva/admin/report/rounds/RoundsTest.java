package fi.kuuleva.admin.report.rounds;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The significance flag: a two-proportion z-test worked by hand. */
class RoundsTest {

    @Test
    void sixPointsOnFiveHundredEachIsBeyondChanceAndFourIsNot() {
        // pooled 0.33, standard error sqrt(0.33 * 0.67 * 2 / 500) = 0.0297: z = 0.06 / 0.0297 = 2.02 > 1.96
        assertTrue(Rounds.significant(0.30, 500, 0.36, 500));
        // z = 0.04 / 0.0296 = 1.35
        assertFalse(Rounds.significant(0.30, 500, 0.34, 500));
        assertFalse(Rounds.significant(0.5, 10, 0.5, 10), "no change");
        assertFalse(Rounds.significant(0, 50, 0, 60), "no variance, no claim");
    }
}
