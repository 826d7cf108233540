package fi.kuuleva.admin.campaign;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fi.kuuleva.campaign.schedule.CallingWindow;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

/**
 * A calling window as the API writes it: {@code {"days": "MON-FRI", "from": "10:00", "to": "18:00"}}, checked and
 * read with call-scheduler's {@link CallingWindow#parse}.
 */
@Serdeable
@WindowHours
@JsonIgnoreProperties(ignoreUnknown = false)
public record WindowBody(@NotNull(message = "is required") @DayList String days,
                         @NotNull(message = "is required") @TimeOfDay String from,
                         @NotNull(message = "is required") @TimeOfDay String to) {

    static WindowBody of(CallingWindow window) {
        return new WindowBody(window.dayText(), window.start().toString(), window.end().toString());
    }

    /** The window; call only on a body that passed validation. */
    CallingWindow window() {
        return CallingWindow.parse(days, from, to);
    }
}
