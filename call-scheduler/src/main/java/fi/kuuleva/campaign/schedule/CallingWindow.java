package fi.kuuleva.campaign.schedule;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hours on given days of the week, in Helsinki local time, when calls may start: {@code [start, end)} within one
 * day (no window crosses midnight). A campaign may have several, e.g. Mon-Fri 10-12 and 13-18.
 */
public record CallingWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    public CallingWindow {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("a calling window needs at least one day");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a calling window must start before it ends, within one day");
        }
        days = Set.copyOf(days);
    }

    /** Days {@code from} to {@code to} inclusive, hours {@code [startHour, endHour)}. */
    public static CallingWindow of(DayOfWeek from, DayOfWeek to, int startHour, int endHour) {
        return new CallingWindow(EnumSet.range(from, to), LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
    }

    public boolean includes(LocalDateTime local) {
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
    }

    @Override
    public String toString() {
        String dayNames = EnumSet.copyOf(days).stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(","));
        return dayNames + " " + start + "-" + end;
    }
}
