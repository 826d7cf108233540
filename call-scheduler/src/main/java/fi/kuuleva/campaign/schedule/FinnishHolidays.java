package fi.kuuleva.campaign.schedule;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finnish public holidays from jollyday's FINLAND calendar, cached per year; thread-safe.
 *
 * <p>Jollyday 1.5.6 returns, as public holidays: New Year, Epiphany, Good Friday, Easter Sunday and Monday, May Day,
 * Ascension Day, Midsummer Eve and Midsummer Day, All Saints' Day, Independence Day, Christmas Eve, Christmas Day
 * and St Stephen's Day. Midsummer Eve and Christmas Eve are not statutory holidays but are de facto days off, and
 * nobody should be phoned on them. Whit Sunday (helluntaipäivä), a statutory holiday on the mainland, is only in
 * jollyday's Åland sub-calendar; it is added here as the library's Easter Sunday plus 49 days.
 */
public final class FinnishHolidays implements Holidays {
    private static final String EASTER_KEY = "christian.EASTER";

    private final HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FINLAND));
    private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

    @Override
    public Optional<String> on(LocalDate date) {
        return Optional.ofNullable(byYear.computeIfAbsent(date.getYear(), this::load).get(date));
    }

    private Map<LocalDate, String> load(int year) {
        Map<LocalDate, String> days = new HashMap<>();
        for (Holiday holiday : manager.getHolidays(Year.of(year))) {
            days.put(holiday.getDate(), holiday.getDescription(Locale.ENGLISH));
            if (EASTER_KEY.equals(holiday.getPropertiesKey())) {
                days.put(holiday.getDate().plusDays(49), "Whit Sunday");
            }
        }
        return Map.copyOf(days);
    }
}
