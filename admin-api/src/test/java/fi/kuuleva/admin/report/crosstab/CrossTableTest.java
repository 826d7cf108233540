package fi.kuuleva.admin.report.crosstab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.report.figures.Cell;
import fi.kuuleva.admin.report.figures.Grid;
import fi.kuuleva.admin.report.figures.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A cross-tab's table: its margins are the one-way distributions, its "no answer" line and column hold those who
 * answered one question only, and suppression covers the whole table.
 */
class CrossTableTest {

    private static final List<String> HOME_CARE = List.of("yes", "no");
    private static final List<String> LONELY = List.of("1", "2", "3");
    /** Home care by loneliness among those who answered both: 65 home-care users, 95 others. */
    private static final List<PairCount> BOTH = List.of(pair("yes", "1", 10), pair("yes", "2", 30),
            pair("yes", "3", 25), pair("no", "1", 40), pair("no", "2", 35), pair("no", "3", 20));
    /** The published one-way counts: 2 home-care users skipped the loneliness question, 6 lonely skipped home care. */
    private static final Map<String, Long> HOME_CARE_ANSWERS = Map.of("yes", 67L, "no", 95L);
    private static final Map<String, Long> LONELY_ANSWERS = Map.of("1", 56L, "2", 65L, "3", 45L);

    @Test
    void theMarginsAreTheOneWayDistributionsAndTheNoAnswerLinesHoldTheRest() {
        CrossTable table = CrossTable.of(BOTH, HOME_CARE_ANSWERS, LONELY_ANSWERS, HOME_CARE, LONELY);
        long[][] grid = table.grid();

        assertEquals(67, grid[0][4], "the home-care users' line total is their published count");
        assertEquals(95, grid[1][4]);
        assertArrayEquals(new long[] {56, 65, 45}, new long[] {grid[3][0], grid[3][1], grid[3][2]},
                "the column totals are the loneliness distribution");
        assertArrayEquals(new long[] {6, 0, 0, 0, 6}, grid[2], "answered loneliness only: 6, all of them '1'");
        assertEquals(2, grid[0][3], "2 home-care users did not answer the loneliness question");
        assertEquals(67 + 95 + 6, grid[3][4], "everyone who answered either question");
    }

    @Test
    void withoutTheNoAnswerLineTheDifferenceFromTheDistributionRevealsASmallCount() {
        long[][] bothOnly = {{10, 30, 25}, {40, 35, 20}};
        boolean[][] hidden = Suppression.suppress(bothOnly, 3, 5);
        long[][] grid = Grid.withTotals(bothOnly, 3);
        assertFalse(hidden[0][3], "the home-care line total over those who answered both is not small");
        assertEquals(2, HOME_CARE_ANSWERS.get("yes") - grid[0][3],
                "published 65 beside the distribution's 67: 2 home-care users skipped loneliness");

        CrossTab published = CrossTable.of(BOTH, HOME_CARE_ANSWERS, LONELY_ANSWERS, HOME_CARE, LONELY)
                .publish("kotihoito", "yksin", Set.of(), Set.of(), 5);
        CrossTabLine homeCare = published.rows().get(0);
        assertEquals("yes", homeCare.value());
        assertTrue(homeCare.unanswered().hidden(), "the 2 are a suppressed cell of the table");
        assertTrue(homeCare.total().hidden() || homeCare.total().count() == 67,
                "the line total, when published, is the distribution's count: nothing to subtract");
        assertTrue(homeCare.cells().stream().anyMatch(Cell::hidden), "and a complement hides them in their line");
        assertTrue(published.total().unanswered().hidden(), "as in their column");
    }

    @Test
    void noSuppressedEntryIsTheOnlyOneOfItsLineOrColumnAndNoSmallOneIsPublished() {
        CrossTab published = CrossTable.of(BOTH, HOME_CARE_ANSWERS, LONELY_ANSWERS, HOME_CARE, LONELY)
                .publish("kotihoito", "yksin", Set.of(), Set.of(), 5);
        List<List<Cell>> lines = new ArrayList<>();
        for (CrossTabLine line : published.rows()) {
            lines.add(entries(line));
        }
        lines.add(entries(published.total()));
        for (List<Cell> line : lines) {
            assertNotEquals(1, line.stream().filter(Cell::hidden).count(), line.toString());
            line.forEach(cell -> assertTrue(cell.hidden() || cell.count() == 0 || cell.count() >= 5, line.toString()));
        }
        for (int c = 0; c < lines.get(0).size(); c++) {
            int column = c;
            assertNotEquals(1, lines.stream().filter(line -> line.get(column).hidden()).count(), "column " + c);
        }
    }

    @Test
    void aTotalThatADistributionHidesIsHiddenWithItsComplements() {
        CrossTab published = CrossTable.of(BOTH, HOME_CARE_ANSWERS, LONELY_ANSWERS, HOME_CARE, LONELY)
                .publish("kotihoito", "yksin", Set.of(), Set.of("3"), 5);
        assertTrue(published.total().cells().get(2).hidden(), "the distribution hides '3'");
        assertNotEquals(1, entries(published.total()).stream().filter(Cell::hidden).count());
    }

    @Test
    void pairsBeyondTheAnswerCountsAreRefused() {
        assertThrows(IllegalStateException.class, () -> CrossTable.of(BOTH, Map.of("yes", 60L, "no", 95L),
                LONELY_ANSWERS, HOME_CARE, LONELY));
    }

    private static List<Cell> entries(CrossTabLine line) {
        List<Cell> entries = new ArrayList<>(line.cells());
        entries.add(line.unanswered());
        entries.add(line.total());
        return entries;
    }

    private static PairCount pair(String row, String column, long count) {
        return new PairCount(row, column, count);
    }
}
