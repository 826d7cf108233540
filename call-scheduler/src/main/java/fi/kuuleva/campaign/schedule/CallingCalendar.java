package fi.kuuleva.campaign.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When calls may start: inside a calling window, on a day from {@code firstDay} to {@code lastDay}, not on a
 * holiday, all in Europe/Helsinki local time (so a 10-18 window stays 10-18 across daylight-saving changes; local
 * times that do not exist on the spring-forward night are never callable). Immutable; thread-safe if the holidays
 * are.
 */
public record CallingCalendar(List<CallingWindow> windows, Holidays holidays, LocalDate firstDay, LocalDate lastDay) {
    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** How far ahead {@link #nextCallableInstant} looks: a year and a bit covers any run of holidays. */
    static final int SEARCH_DAYS = 400;
    private static final ZoneRules RULES = HELSINKI.getRules();

    public CallingCalendar {
        windows = List.copyOf(windows);
        Objects.requireNonNull(holidays, "holidays");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the last day comes before the first");
        }
    }

    /** A calendar without campaign dates. */
    public static CallingCalendar of(List<CallingWindow> windows, Holidays holidays) {
        return new CallingCalendar(windows, holidays, LocalDate.of(2000, 1, 1), LocalDate.of(2999, 12, 31));
    }

    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, HELSINKI);
    }

    public boolean isCallable(Instant instant) {
        LocalDateTime local = local(instant);
        return withinDates(local.toLocalDate()) && inWindow(local) && !holidays.isHoliday(local.toLocalDate());
    }

    public boolean withinDates(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public boolean inWindow(LocalDateTime local) {
        return windows.stream().anyMatch(w -> w.includes(local));
    }

    /** The earliest callable instant at or after {@code from}; empty when none is left before the last day. */
    public Optional<Instant> nextCallableInstant(Instant from) {
        if (isCallable(from)) {
            return Optional.of(from);
        }
        LocalDate fromDay = local(from).toLocalDate();
        LocalDate day = fromDay.isBefore(firstDay) ? firstDay : fromDay;
        LocalDate stop = fromDay.plusDays(SEARCH_DAYS).isBefore(lastDay) ? fromDay.plusDays(SEARCH_DAYS) : lastDay;
        for (; !day.isAfter(stop); day = day.plusDays(1)) {
            if (holidays.isHoliday(day)) {
                continue;
            }
            Optional<Instant> first = candidates(day).stream().filter(c -> !c.isBefore(from))
                    .filter(this::isCallable).min(Comparator.naturalOrder());
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /**
     * The instants on {@code day} where callable time can begin: each window's start under every offset it has
     * (none if the spring night skips it, two on the autumn night), and the clock changes themselves.
     */
    private List<Instant> candidates(LocalDate day) {
        List<Instant> found = new ArrayList<>();
        for (CallingWindow window : windows) {
            if (!window.days().contains(day.getDayOfWeek())) {
                continue;
            }
            LocalDateTime start = day.atTime(window.start());
            RULES.getValidOffsets(start).forEach(offset -> found.add(start.toInstant(offset)));
        }
        Instant dayStart = day.atStartOfDay(HELSINKI).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(HELSINKI).toInstant();
        ZoneOffsetTransition transition = RULES.nextTransition(dayStart.minusNanos(1));
        while (transition != null && transition.getInstant().isBefore(dayEnd)) {
            found.add(transition.getInstant());
            transition = RULES.nextTransition(transition.getInstant());
        }
        return found;
    }
}
