package fi.kuuleva.campaign.schedule;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Hours on given days of the week, in Helsinki local time, when calls may start: {@code [start, end)} within one
 * day (no window crosses midnight). A campaign may have several, e.g. Mon-Fri 10-12 and 13-18.
 */
public record CallingWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

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

    /**
     * The window written as officers and storage write it: days in the {@link Weekdays} grammar, {@code HH:MM} times.
     *
     * @throws IllegalArgumentException when a part does not follow the grammar or {@code from} is not before {@code to}
     */
    public static CallingWindow parse(String days, String from, String to) {
        Set<DayOfWeek> parsed = Weekdays.parse(days)
                .orElseThrow(() -> new IllegalArgumentException("not days of the week: '" + days + "'"));
        LocalTime start = time(from).orElseThrow(() -> notATime(from));
        LocalTime end = time(to).orElseThrow(() -> notATime(to));
        return new CallingWindow(parsed, start, end);
    }

    /** A time of day written {@code HH:MM} (00:00 to 23:59); empty otherwise. */
    public static Optional<LocalTime> time(String text) {
        if (text == null || !TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static IllegalArgumentException notATime(String text) {
        return new IllegalArgumentException("not a time HH:MM (00:00 to 23:59): '" + text + "'");
    }

    /** The days in the {@link Weekdays} grammar, e.g. {@code MON-FRI}. */
    public String dayText() {
        return Weekdays.format(days);
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
