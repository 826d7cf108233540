package fi.kuuleva.campaign.schedule;

import fi.kuuleva.campaign.Decision;
import fi.kuuleva.campaign.Reason;
import java.time.Instant;
import java.time.LocalDateTime;

/** Calls only inside one of the campaign's calling windows, Helsinki local time. */
public record CallingWindowPolicy() implements CallPolicy {
    @Override
    public Decision check(CallCandidate candidate, Instant now) {
        LocalDateTime local = CallingCalendar.local(now);
        boolean inside = candidate.campaign().windows().stream().anyMatch(w -> w.includes(local));
        return inside ? Decision.allowed() : Decision.rejected(Reason.OUTSIDE_CALLING_WINDOW,
                local.getDayOfWeek() + " " + local.toLocalTime() + " is outside " + candidate.campaign().windows());
    }
}
