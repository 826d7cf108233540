package fi.kuuleva.admin.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.Weekdays;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks calling windows: {@code [{"days": "MON-FRI", "from": "10:00", "to": "18:00"}]}, read with call-scheduler's
 * one grammar ({@link Weekdays}, {@link CallingWindow#time}), {@code from} before {@code to}.
 */
final class CallingWindows {

    private CallingWindows() {
    }

    /** The windows; problems go to {@code json}. */
    static List<CallingWindow> read(JsonBody json, JsonNode node) {
        List<CallingWindow> windows = new ArrayList<>();
        if (node == null || node.isNull()) {
            return windows;
        }
        if (!node.isArray()) {
            json.error("$.callingWindows", "must be a list of {days, from, to}");
            return windows;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = "$.callingWindows[" + i + "]";
            JsonNode window = node.get(i);
            if (!window.isObject()) {
                json.error(path, "must be an object {days, from, to}");
                continue;
            }
            String text = json.text(window, "days", path + ".days", true).orElse(null);
            Set<DayOfWeek> days = text == null ? null : Weekdays.parse(text).orElse(null);
            if (text != null && days == null) {
                json.error(path + ".days", "not days of the week such as MON-FRI or MON,WED: '" + text + "'");
            }
            LocalTime from = time(json, window, "from", path);
            LocalTime to = time(json, window, "to", path);
            if (from != null && to != null && !from.isBefore(to)) {
                json.error(path + ".to", "must be after from (" + from + "); a window cannot cross midnight");
            } else if (days != null && from != null && to != null) {
                windows.add(new CallingWindow(days, from, to));
            }
        }
        return windows;
    }

    private static LocalTime time(JsonBody json, JsonNode window, String field, String path) {
        String text = json.text(window, field, path + "." + field, true).orElse(null);
        if (text == null) {
            return null;
        }
        LocalTime time = CallingWindow.time(text).orElse(null);
        if (time == null) {
            json.error(path + "." + field, "not a time HH:MM (00:00 to 23:59): '" + text + "'");
        }
        return time;
    }
}
