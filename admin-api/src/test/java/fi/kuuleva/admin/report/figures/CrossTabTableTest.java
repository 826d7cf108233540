package fi.kuuleva.admin.report.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cross-tabulation's table (answers to one question as rows) published through the small-cell rule. */
class CrossTabTableTest {

    @Test
    void aSmallPairOfAnswersIsHiddenWithItsComplementsAndTheRowsKeepTheirAnswers() {
        List<CountTable.Row> pairs = List.of(new CountTable.Row("yes", "1", 2), new CountTable.Row("yes", "2", 30),
                new CountTable.Row("yes", "3", 25), new CountTable.Row("no", "1", 40), new CountTable.Row("no", "2", 35),
                new CountTable.Row("no", "3", 20));
        Distribution table = CountTable.of(pairs, List.of("1", "2", "3")).publish("arki", "kotihoito", true, 5);

        assertEquals("kotihoito", table.by(), "the rows are the answers to the row question");
        assertEquals(List.of("no", "yes"), table.groups().stream().map(GroupRow::group).toList());
        GroupRow yes = table.groups().get(1);
        assertTrue(yes.answers().get(0).suppressed(), "2 people said yes and 1");
        long hiddenInYes = yes.answers().stream().filter(a -> a.suppressed() != null).count();
        assertTrue(hiddenInYes >= 2 || yes.n() == null, "its row total would reveal it: a complement is hidden too");
        long hiddenInColumn = table.groups().stream().filter(g -> g.answers().get(0).suppressed() != null).count();
        assertTrue(hiddenInColumn >= 2 || table.total().answers().get(0).suppressed() != null,
                "its column total would reveal it: a complement is hidden too");
        for (GroupRow row : table.groups()) {
            row.answers().forEach(a -> assertTrue(a.count() == null || a.count() == 0 || a.count() >= 5, a.toString()));
        }
        assertNull(table.groups().get(0).suppressed());
    }
}
