package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.CampaignId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A calling campaign as the persistence layer stores it: the pinned survey, its state, its priority against other
 * campaigns (higher first), its first and last calling day (inclusive, Helsinki dates), calling windows, extra
 * closed days on top of the public holidays, and the retry policy.
 */
public record Campaign(CampaignId id, SurveyVersion survey, CampaignState state, int priority, LocalDate firstDay,
                       LocalDate lastDay, List<CallingWindow> windows, Set<LocalDate> closedDays,
                       RetryPolicy retryPolicy) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(survey, "survey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the campaign's last day comes before its first");
        }
        windows = List.copyOf(windows);
        closedDays = Set.copyOf(closedDays);
    }

    /** The campaign's calling calendar: its windows and dates, the public holidays and its own closed days. */
    public CallingCalendar calendar(Holidays publicHolidays) {
        return new CallingCalendar(windows, publicHolidays.plus(closedDays), firstDay, lastDay);
    }

    public Campaign withState(CampaignState next) {
        return new Campaign(id, survey, next, priority, firstDay, lastDay, windows, closedDays, retryPolicy);
    }
}
