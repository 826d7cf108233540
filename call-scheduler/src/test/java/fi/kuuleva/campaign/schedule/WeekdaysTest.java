package fi.kuuleva.campaign.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeekdaysTest {

    @Test
    void rangesListsAndAnyCase() {
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                Weekdays.parse("mon-Wed, FRI").orElseThrow());
        assertEquals(Set.of(DayOfWeek.SUNDAY), Weekdays.parse("SUN").orElseThrow());
    }

    @Test
    void whatIsNotTheGrammar() {
        for (String text : new String[] {"MON-", "MONDAY", "SUN-MON", "", "MON-TUE-WED", "MON,,TUE"}) {
            assertTrue(Weekdays.parse(text).isEmpty(), text);
        }
        assertTrue(Weekdays.parse(null).isEmpty());
    }

    @Test
    void formatWritesRunsAsRangesAndReadsBack() {
        assertEquals("MON-FRI", Weekdays.format(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
        assertEquals("MON-TUE,SAT", Weekdays.format(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.SATURDAY)));
        for (String text : new String[] {"MON-WED,FRI", "TUE,THU", "MON-SUN", "SAT-SUN", "MON-SAT", "WED"}) {
            assertEquals(text, Weekdays.format(Weekdays.parse(text).orElseThrow()));
        }
    }

    @Test
    void aWindowIsParsedOnceForEveryone() {
        CallingWindow window = CallingWindow.parse("mon-fri", "10:00", "18:00");
        assertEquals(LocalTime.of(18, 0), window.end());
        assertEquals("MON-FRI", window.dayText());
        assertThrows(IllegalArgumentException.class, () -> CallingWindow.parse("MON", "25:00", "26:00"));
        assertThrows(IllegalArgumentException.class, () -> CallingWindow.parse("MON", "9", "10:00"));
        assertThrows(IllegalArgumentException.class, () -> CallingWindow.parse("MON", "18:00", "10:00"));
    }
}
