package fi.kuuleva.admin.report.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import fi.kuuleva.admin.report.figures.Suppression;
import org.junit.jupiter.api.Test;

/** Joint suppression of a version's dispositions and its campaigns', on an example worked by hand. */
class JointDispositionsTest {

    @Test
    void theVersionHidesWhatTheCampaignTableHidesInItsTotalRow() {
        // Three dispositions, minimum cell 5. Campaign A: 0, 0, 5; campaign B: 0, 5, 1; the version: 0, 5, 6.
        long[][] campaigns = {{0, 0, 5}, {0, 5, 1}};
        // Alone, the version's column has no small count and hides nothing.
        boolean[][] alone = Suppression.suppress(new long[][] {{0}, {5}, {6}}, 1, 5);
        assertArrayEquals(new boolean[] {false, false}, new boolean[] {alone[1][0], alone[2][0]});
        // The campaign table alone hides B's 1, then B's 5 (its row) and, as column 2 has only A's 0 besides, the
        // total 5; its total row then hides the 6 too. Had the version still shown 5 and 6, B's 5 would be 5 - 0 and
        // B's 1 would be 6 - 0 - 5. So the version hides them as well, and with those two hidden from the start the
        // campaign table needs nothing of campaign A.
        JointDispositions.Pattern pattern = JointDispositions.suppress(campaigns, 3, 5);
        assertArrayEquals(new boolean[] {false, true, true, false}, pattern.version());
        assertArrayEquals(new boolean[] {false, false, false, false}, pattern.campaigns()[0]);
        assertArrayEquals(new boolean[] {false, true, true, false}, pattern.campaigns()[1]);
    }

    @Test
    void oneCampaignIsTheVersionAndNoCampaignIsNothingHidden() {
        JointDispositions.Pattern one = JointDispositions.suppress(new long[][] {{3, 20, 0}}, 3, 5);
        assertArrayEquals(new boolean[] {true, true, false, false}, one.version(),
                "the 3 and, to protect it, the 20 (the smallest other non-zero)");
        assertArrayEquals(one.version(), one.campaigns()[0]);
        assertArrayEquals(new boolean[] {false, false, false, false},
                JointDispositions.suppress(new long[0][], 3, 5).version());
    }
}
