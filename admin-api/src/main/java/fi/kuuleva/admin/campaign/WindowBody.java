package fi.kuuleva.admin.campaign;

import fi.kuuleva.campaign.schedule.CallingWindow;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A calling window as the API writes it: {@code {"days": "MON-FRI", "from": "10:00", "to": "18:00"}}, read with
 * call-scheduler's {@link CallingWindow#parse}.
 */
@Serdeable
public record WindowBody(String days, String from, String to) {

    static WindowBody of(CallingWindow window) {
        return new WindowBody(window.dayText(), window.start().toString(), window.end().toString());
    }
}
