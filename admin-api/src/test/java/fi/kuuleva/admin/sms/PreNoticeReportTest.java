package fi.kuuleva.admin.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.admin.report.figures.Cell;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreNoticeReportTest {

    @Test
    void largeCellsArePublishedAndSmallOnesSuppressedWithAComplement() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        counts.put("Imatra", new long[] {40, 20, 30, 25});
        counts.put("Lappeenranta", new long[] {50, 3, 35, 30});
        PreNoticeReport report = PreNoticeReport.of("municipality", counts, 5);

        PreNoticeRow imatra = report.groups().get(0);
        assertEquals(new Cell(40L, null), imatra.noticedReached());
        assertEquals(new Cell(115L, null), imatra.called());
        PreNoticeRow lappeenranta = report.groups().get(1);
        assertTrue(lappeenranta.noticedNotReached().hidden(), "3 is below 5");
        long hiddenInRow = List.of(lappeenranta.noticedReached(), lappeenranta.notNoticedReached(),
                lappeenranta.notNoticedNotReached(), lappeenranta.called()).stream().filter(Cell::hidden).count();
        assertTrue(hiddenInRow >= 1, "a complement keeps the 3 from being worked out of its row");
        assertTrue(report.total().noticedNotReached().hidden() || imatra.noticedNotReached().hidden(),
                "nor out of its column");
    }

    @Test
    void withoutABreakdownOnlyTheTotalIsShown() {
        PreNoticeReport report = PreNoticeReport.of(null, Map.of("", new long[] {10, 10, 10, 10}), 5);
        assertEquals(List.of(), report.groups());
        assertEquals(new Cell(40L, null), report.total().called());
    }
}
