package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** No calls on public holidays or on the days the campaign closed. */
public record HolidayPolicy(Holidays holidays) implements CallPolicy {
    public HolidayPolicy {
        Objects.requireNonNull(holidays, "holidays");
    }

    @Override
    public Decision check(CallCandidate candidate, Instant now) {
        LocalDate today = CallingCalendar.local(now).toLocalDate();
        return holidays.plus(candidate.campaign().closedDays()).on(today)
                .map(name -> Decision.rejected(Reason.HOLIDAY, today + " is " + name))
                .orElse(Decision.allowed());
    }
}
