package fi.kuuleva.campaign.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;

import fi.kuuleva.campaign.CampaignId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** A weekday campaign in spring 2026 and Helsinki wall-clock instants. */
final class Fixtures {
    static final Holidays FINNISH = new FinnishHolidays();
    static final List<CallingWindow> WEEKDAYS = List.of(CallingWindow.of(MONDAY, FRIDAY, 10, 12),
            CallingWindow.of(MONDAY, FRIDAY, 13, 18));

    private Fixtures() {
    }

    static Campaign campaign(CampaignState state) {
        return new Campaign(new CampaignId("kotona-2026"), new SurveyVersion("kotona-asuminen", 3), state, 0,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30), WEEKDAYS, Set.of(), RetryPolicy.defaults());
    }

    static Instant helsinki(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), CallingCalendar.HELSINKI).toInstant();
    }
}
