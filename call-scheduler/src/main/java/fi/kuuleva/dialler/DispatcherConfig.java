package fi.kuuleva.dialler;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The dispatcher ({@code kuuleva.dispatcher}).
 *
 * @param instanceId     this instance's name in call_attempts.instance_id; keep it across restarts (default: host name)
 * @param pollInterval   how often due respondents are looked for when nothing else wakes the dispatcher
 * @param endGrace       how long after an answered call's end event the dispatcher waits for the call side to hand
 *                       over its survey's outcome (the last sprint may still be committing); with the outcome handed
 *                       over the attempt ends at once, and without it after the grace with what the store has
 * @param maxCall        a call in flight longer than this (ring time included) whose end was never reported is ended
 *                       (with its survey outcome, if any, else as failed); every {@code stale-check} (1 min) any
 *                       instance's attempts queued longer ago are ended ({@link StaleAttempts})
 * @param publicHolidays whether Finnish public holidays close the calling calendar
 * @param drain          on a stop (SIGTERM) the dispatcher dials no more and waits this long for its live calls to
 *                       end before it ends the rest (retried as lost) and gives their lines back
 */
@ConfigurationProperties("kuuleva.dispatcher")
public record DispatcherConfig(@Bindable(defaultValue = "true") boolean enabled,
                               @Nullable String instanceId,
                               @Bindable(defaultValue = "1s") Duration pollInterval,
                               @Bindable(defaultValue = "2s") Duration endGrace,
                               @Bindable(defaultValue = "30m") Duration maxCall,
                               @Bindable(defaultValue = "true") boolean publicHolidays,
                               @Bindable(defaultValue = "2m") Duration drain) {

    public String instance() {
        if (instanceId != null && !instanceId.isBlank()) {
            return instanceId;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "kuuleva";
        }
    }
}
