package fi.kuuleva.campaign.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What jollyday's FINLAND calendar gives, plus Whit Sunday; the documented list in {@link FinnishHolidays}. */
class FinnishHolidaysTest {
    private static final FinnishHolidays HOLIDAYS = new FinnishHolidays();

    @ParameterizedTest
    @CsvSource({
            "2026-01-01, New Year's Day",
            "2026-01-06, Epiphany",
            "2026-04-03, Good Friday",
            "2026-04-05, Easter",
            "2026-04-06, Easter Monday",
            "2026-05-01, Labour day",
            "2026-05-14, Ascension Day",
            "2026-05-24, Whit Sunday",
            "2026-06-19, Midsummer Eve",
            "2026-06-20, Midsummer Day",
            "2026-10-31, All Saints",
            "2026-12-06, Independence Day",
            "2026-12-24, Christmas Eve",
            "2026-12-25, Christmas",
            "2026-12-26, St.Stephen's Day",
            "2025-06-20, Midsummer Eve",
            "2027-03-26, Good Friday"})
    void publicHolidaysAndTheDeFactoDaysOff(LocalDate date, String name) {
        assertEquals(Optional.of(name), HOLIDAYS.on(date));
    }

    @ParameterizedTest
    @CsvSource({"2026-04-30", "2026-12-31", "2026-06-18", "2026-06-22", "2026-12-23", "2026-03-02"})
    void ordinaryDaysIncludingMayDayEveAndNewYearsEve(LocalDate date) {
        assertFalse(HOLIDAYS.isHoliday(date));
    }

    @Test
    void aCampaignCanCloseMoreDays() {
        Holidays closed = HOLIDAYS.plus(Set.of(LocalDate.of(2026, 12, 31)));
        assertTrue(closed.isHoliday(LocalDate.of(2026, 12, 31)));
        assertEquals(Optional.of("Christmas Eve"), closed.on(LocalDate.of(2026, 12, 24)));
    }
}
