package fi.kuuleva.campaign.schedule;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The days-of-the-week grammar of a calling window: three-letter English names, ascending ranges and comma lists
 * ({@code MON-WED,FRI}), any case. The one parser of it: validation, storage and the dialler all read days here. Pure.
 */
public final class Weekdays {

    private static final Pattern DAY = Pattern.compile("MON|TUE|WED|THU|FRI|SAT|SUN");

    private Weekdays() {
    }

    /** The days {@code text} names; empty when it does not follow the grammar. */
    public static Optional<Set<DayOfWeek>> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.toUpperCase(Locale.ROOT).split(",", -1)) {
            String[] range = part.trim().split("-", -1);
            if (range.length > 2 || !DAY.matcher(range[0]).matches()
                    || (range.length == 2 && !DAY.matcher(range[1]).matches())) {
                return Optional.empty();
            }
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length == 2 ? day(range[1]) : from;
            if (to.compareTo(from) < 0) {
                return Optional.empty();
            }
            days.addAll(EnumSet.range(from, to));
        }
        return Optional.of(days);
    }

    /**
     * {@code days} in the grammar, every run of two or more days as a range ({@code MON-FRI}, {@code SAT-SUN},
     * {@code TUE,THU}), which is how the web UI names its choices.
     */
    public static String format(Set<DayOfWeek> days) {
        StringJoiner text = new StringJoiner(",");
        DayOfWeek[] all = DayOfWeek.values();
        int i = 0;
        while (i < all.length) {
            if (!days.contains(all[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < all.length && days.contains(all[end + 1])) {
                end++;
            }
            if (end > i) {
                text.add(name(all[i]) + "-" + name(all[end]));
            } else {
                text.add(name(all[i]));
            }
            i = end + 1;
        }
        return text.toString();
    }

    private static String name(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
