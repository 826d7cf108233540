package fi.kuuleva.admin.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks calling windows: {@code [{"days": "MON-FRI", "from": "10:00", "to": "18:00"}]}, days as three-letter names,
 * ranges and comma lists ({@code MON-WED,FRI}), Helsinki times {@code HH:MM} with {@code from} before {@code to}.
 */
final class CallingWindows {

    private static final Pattern DAY = Pattern.compile("MON|TUE|WED|THU|FRI|SAT|SUN");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    private CallingWindows() {
    }

    /** The windows as stored JSON; problems go to {@code json}. */
    static String read(JsonBody json, JsonNode node) {
        List<Map<String, String>> windows = new ArrayList<>();
        if (node == null || node.isNull()) {
            return "[]";
        }
        if (!node.isArray()) {
            json.error("$.callingWindows", "must be a list of {days, from, to}");
            return "[]";
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "$.callingWindows[" + i + "]";
            JsonNode window = node.get(i);
            if (!window.isObject()) {
                json.error(path, "must be an object {days, from, to}");
                continue;
            }
            String days = json.text(window, "days", path + ".days", true).orElse(null);
            if (days != null && !validDays(days.toUpperCase(Locale.ROOT))) {
                json.error(path + ".days", "not days of the week such as MON-FRI or MON,WED: '" + days + "'");
            }
            LocalTime from = time(json, window, "from", path);
            LocalTime to = time(json, window, "to", path);
            if (from != null && to != null && !from.isBefore(to)) {
                json.error(path + ".to", "must be after from (" + from + "); a window cannot cross midnight");
            }
            if (days != null && from != null && to != null) {
                Map<String, String> stored = new LinkedHashMap<>();
                stored.put("days", days.toUpperCase(Locale.ROOT));
                stored.put("from", from.toString());
                stored.put("to", to.toString());
                windows.add(stored);
            }
        }
        return JsonBody.write(windows);
    }

    static boolean validDays(String days) {
        for (String part : days.split(",", -1)) {
            String[] range = part.trim().split("-", -1);
            if (range.length > 2 || !DAY.matcher(range[0]).matches()
                    || (range.length == 2 && (!DAY.matcher(range[1]).matches()
                    || day(range[1]).compareTo(day(range[0])) < 0))) {
                return false;
            }
        }
        return true;
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static LocalTime time(JsonBody json, JsonNode window, String field, String path) {
        String text = json.text(window, field, path + "." + field, true).orElse(null);
        if (text == null) {
            return null;
        }
        if (!TIME.matcher(text).matches()) {
            json.error(path + "." + field, "not a time HH:MM (00:00 to 23:59): '" + text + "'");
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            json.error(path + "." + field, "not a time HH:MM: '" + text + "'");
            return null;
        }
    }
}
