package fi.kuuleva.calls;

import fi.kuuleva.campaign.schedule.FinnishHolidays;
import fi.kuuleva.campaign.schedule.Holidays;
import fi.kuuleva.campaign.schedule.Weekdays;
import fi.kuuleva.telephony.agi.StaffDesk;
import fi.kuuleva.telephony.agi.StaffLine;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * The staff desk from {@link StaffConfig}: on duty on office days (not public holidays, when so set) from
 * {@code opens} until {@code closes}, by the injected clock, when a staff line is set. A broken setting fails at
 * start. Immutable and thread-safe.
 */
@Singleton
public class OfficeHours implements StaffDesk {

    private final Optional<StaffLine> line;
    private final Set<DayOfWeek> days;
    private final LocalTime opens;
    private final LocalTime closes;
    private final ZoneId zone;
    private final Holidays holidays;
    private final Clock clock;

    public OfficeHours(StaffConfig config, Clock clock) {
        this.line = config.dial() == null || config.dial().isBlank() ? Optional.empty()
                : Optional.of(new StaffLine(config.dial().trim(), config.ringSeconds()));
        this.days = Weekdays.parse(config.days()).orElseThrow(() -> new IllegalArgumentException(
                "kuuleva.staff.days: not days such as MON-FRI: " + config.days()));
        this.opens = LocalTime.parse(config.opens());
        this.closes = LocalTime.parse(config.closes());
        this.zone = ZoneId.of(config.zone());
        this.holidays = config.publicHolidays() ? new FinnishHolidays() : Holidays.none();
        this.clock = clock;
    }

    @Override
    public boolean onDuty() {
        if (line.isEmpty()) {
            return false;
        }
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalTime time = now.toLocalTime();
        return days.contains(now.getDayOfWeek()) && holidays.on(now.toLocalDate()).isEmpty()
                && !time.isBefore(opens) && time.isBefore(closes);
    }

    @Override
    public Optional<StaffLine> line() {
        return line;
    }
}
