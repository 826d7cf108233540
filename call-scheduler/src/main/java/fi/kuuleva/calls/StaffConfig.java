package fi.kuuleva.calls;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Members of staff a caller asking for a person is put through to ({@code kuuleva.staff}); without {@code dial}
 * nobody is, and 0 files a call-back as before.
 *
 * @param dial        the Asterisk dial string of the staff line(s): {@code PJSIP/ext}, several joined by {@code &}
 *                    (all ring at once), or {@code Local/s@kuuleva-staff} for asterisk-config's queue context
 * @param ringSeconds how long the staff line rings before the caller is told nobody answered
 * @param days        office days, as a campaign's calling windows write them (e.g. {@code MON-FRI})
 * @param opens       office hours start (local time, HH:MM)
 * @param closes      office hours end (exclusive)
 * @param zone        the time zone of the office hours
 * @param publicHolidays whether Finnish public holidays close the office
 */
@ConfigurationProperties("kuuleva.staff")
public record StaffConfig(@Nullable String dial,
                          @Bindable(defaultValue = "20") int ringSeconds,
                          @Bindable(defaultValue = "MON-FRI") String days,
                          @Bindable(defaultValue = "08:00") String opens,
                          @Bindable(defaultValue = "16:00") String closes,
                          @Bindable(defaultValue = "Europe/Helsinki") String zone,
                          @Bindable(defaultValue = "true") boolean publicHolidays) {
}
