package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.campaign.CampaignRules;
import fi.kuuleva.admin.campaign.StoredCampaign;
import fi.kuuleva.campaign.schedule.CallingCalendar;
import fi.kuuleva.campaign.schedule.FinnishHolidays;
import fi.kuuleva.campaign.schedule.Holidays;
import fi.kuuleva.dialler.DispatcherConfig;
import jakarta.inject.Singleton;

/**
 * When a campaign may text: exactly when it may call (call-scheduler's {@link CallingCalendar}: its windows and
 * dates, public holidays as the dispatcher is configured), so no text goes at night or on a holiday. Thread-safe.
 */
@Singleton
public class TextCalendars {

    private final Holidays holidays;

    TextCalendars(DispatcherConfig dispatcher) {
        this.holidays = dispatcher.publicHolidays() ? new FinnishHolidays() : Holidays.none();
    }

    public CallingCalendar of(StoredCampaign campaign) {
        return CampaignRules.of(campaign).calendar(holidays);
    }
}
