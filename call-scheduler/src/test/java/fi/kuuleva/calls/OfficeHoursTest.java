package fi.kuuleva.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuuleva.telephony.agi.StaffLine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OfficeHoursTest {

    private static OfficeHours at(String instant, String dial) {
        return new OfficeHours(new StaffConfig(dial, 20, "MON-FRI", "08:00", "16:00", "Europe/Helsinki", true),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-12-07T05:59:59Z, false",   // Monday 07:59:59 in Helsinki
            "2026-12-07T06:00:00Z, true",    // Monday 08:00
            "2026-12-07T13:59:59Z, true",    // Monday 15:59:59
            "2026-12-07T14:00:00Z, false",   // Monday 16:00: closed
            "2026-12-05T09:00:00Z, false",   // Saturday
            "2026-12-24T09:00:00Z, false",   // Christmas Eve, a Thursday: a Finnish public holiday
            "2026-12-23T09:00:00Z, true"})
    void onDutyInOfficeHoursInHelsinkiTime(String instant, boolean onDuty) {
        assertEquals(onDuty, at(instant, "PJSIP/staff").onDuty());
    }

    @Test
    void withoutAStaffLineNobodyIsOnDuty() {
        OfficeHours hours = at("2026-12-07T09:00:00Z", " ");
        assertEquals(false, hours.onDuty());
        assertEquals(Optional.empty(), hours.line());
        assertEquals(Optional.of(new StaffLine("PJSIP/a&PJSIP/b", 20)), at("2026-12-07T09:00:00Z",
                "PJSIP/a&PJSIP/b").line());
    }

    @Test
    void brokenSettingsFailAtStart() {
        assertThrows(IllegalArgumentException.class, () -> at("2026-12-07T09:00:00Z", "PJSIP/a,60,tT"));
        assertThrows(IllegalArgumentException.class, () -> new OfficeHours(new StaffConfig("PJSIP/a", 20, "weekdays",
                "08:00", "16:00", "Europe/Helsinki", true), Clock.systemUTC()));
    }
}
