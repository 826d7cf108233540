package fi.kuuleva.campaign.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallingCalendarTest {
    private static final Holidays FINNISH = new FinnishHolidays();
    private static final CallingCalendar WEEKDAYS = CallingCalendar.of(List.of(
            CallingWindow.of(MONDAY, FRIDAY, 10, 12), CallingWindow.of(MONDAY, FRIDAY, 13, 18)), FINNISH);

    private static Instant helsinki(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), CallingCalendar.HELSINKI).toInstant();
    }

    @Test
    void insideAWindowTheAnswerIsNow() {
        Instant now = helsinki("2026-03-03T10:15:00");
        assertEquals(Optional.of(now), WEEKDAYS.nextCallableInstant(now));
    }

    @Test
    void theLunchBreakWaitsForTheAfternoonWindow() {
        assertEquals(Optional.of(helsinki("2026-03-03T13:00:00")),
                WEEKDAYS.nextCallableInstant(helsinki("2026-03-03T12:00:00")));
    }

    @Test
    void fridayEveningWaitsForMondayMorning() {
        assertEquals(Optional.of(helsinki("2026-03-09T10:00:00")),
                WEEKDAYS.nextCallableInstant(helsinki("2026-03-06T18:00:00")));
    }

    @Test
    void christmasIsSkipped() {
        // Christmas Eve (Thu), Christmas Day (Fri), then the weekend.
        assertEquals(Optional.of(helsinki("2026-12-28T10:00:00")),
                WEEKDAYS.nextCallableInstant(helsinki("2026-12-23T18:30:00")));
        assertFalse(WEEKDAYS.isCallable(helsinki("2026-12-24T10:30:00")));
    }

    @Test
    void midsummerEveIsSkipped() {
        assertEquals(Optional.of(helsinki("2026-06-22T10:00:00")),
                WEEKDAYS.nextCallableInstant(helsinki("2026-06-18T18:00:00")));
    }

    @Test
    void windowsKeepLocalHoursAcrossDaylightSaving() {
        // Helsinki is UTC+2 in winter and UTC+3 in summer; 10:00 local is 08:00Z, then 07:00Z.
        assertEquals(Optional.of(Instant.parse("2026-03-27T08:00:00Z")),
                WEEKDAYS.nextCallableInstant(Instant.parse("2026-03-27T06:00:00Z")));
        assertEquals(Optional.of(Instant.parse("2026-03-30T07:00:00Z")),
                WEEKDAYS.nextCallableInstant(Instant.parse("2026-03-27T16:00:00Z")));
    }

    @Test
    void aWindowInsideTheSkippedHourDoesNotExistThatNight() {
        // 2026-03-29: 03:00 EET jumps to 04:00 EEST.
        CallingCalendar night = CallingCalendar.of(List.of(new CallingWindow(Set.of(SUNDAY), LocalTime.of(3, 0),
                LocalTime.of(3, 45))), Holidays.none());
        assertEquals(Optional.of(helsinki("2026-04-05T03:00:00")),
                night.nextCallableInstant(Instant.parse("2026-03-28T22:00:00Z")));
    }

    @Test
    void aWindowStartingInTheSkippedHourOpensWhenTheClockJumps() {
        CallingCalendar night = CallingCalendar.of(List.of(new CallingWindow(Set.of(SUNDAY), LocalTime.of(3, 30),
                LocalTime.of(4, 30))), Holidays.none());
        assertEquals(Optional.of(Instant.parse("2026-03-29T01:00:00Z")),
                night.nextCallableInstant(Instant.parse("2026-03-28T22:00:00Z")));
    }

    @Test
    void theRepeatedAutumnHourOpensTheWindowAgain() {
        // 2026-10-25: 04:00 EEST falls back to 03:00 EET, so 03:00-03:59 happens twice.
        CallingCalendar night = CallingCalendar.of(List.of(new CallingWindow(Set.of(SUNDAY), LocalTime.of(2, 30),
                LocalTime.of(3, 30))), Holidays.none());
        Instant firstPassAt0345 = Instant.parse("2026-10-25T00:45:00Z");
        assertFalse(night.isCallable(firstPassAt0345));
        assertEquals(Optional.of(Instant.parse("2026-10-25T01:00:00Z")), night.nextCallableInstant(firstPassAt0345));
    }

    @Test
    void nothingIsCallableAfterTheLastDay() {
        CallingCalendar campaign = new CallingCalendar(WEEKDAYS.windows(), FINNISH, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 6));
        assertEquals(Optional.empty(), campaign.nextCallableInstant(helsinki("2026-03-06T17:59:59").plusSeconds(1)));
        assertEquals(Optional.of(helsinki("2026-03-02T10:00:00")),
                campaign.nextCallableInstant(helsinki("2026-02-20T11:00:00")));
    }

    @Test
    void aCalendarWithoutWindowsNeverCalls() {
        assertEquals(Optional.empty(), CallingCalendar.of(List.of(), FINNISH).nextCallableInstant(Instant.EPOCH));
    }

    @Test
    void windowsAreWithinOneDay() {
        assertThrows(IllegalArgumentException.class, () -> CallingWindow.of(MONDAY, FRIDAY, 18, 10));
        assertThrows(IllegalArgumentException.class, () -> new CallingWindow(Set.of(), LocalTime.NOON,
                LocalTime.MIDNIGHT.minusMinutes(1)));
        assertTrue(CallingWindow.of(MONDAY, FRIDAY, 10, 12).toString().startsWith("Mon,Tue,Wed,Thu,Fri 10:00-12:00"));
    }
}
