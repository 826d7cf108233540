package fi.kuuleva.dialler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.calls.TelephonyConfig;
import fi.kuuleva.survey.Language;
import fi.kuuleva.telephony.ami.OriginateRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The originate carries the placing instance's FastAGI address, so the answered call comes back to it. */
class OriginatesTest {

    private static final ClaimedCall CALL = new ClaimedCall(41, 2, 7, 3, 5, "+358401234567", Language.SV, null);

    private static AsteriskServerConfig server(boolean simulated) {
        return new AsteriskServerConfig("east", "10.0.1.10", 5038, "kuuleva", null, "PJSIP/{number}@trunk",
                "\"Kuuleva\" <0100000000>", 10, 2, 30, simulated);
    }

    private static TelephonyConfig agi(String host, int port) {
        return new TelephonyConfig("0.0.0.0", port, host, 64, "var/media", null);
    }

    @Test
    void theInstancesAgiAddressAndTheCallTravelWithTheOriginate() {
        OriginateRequest request = Originates.of(server(false), CALL, call -> Map.of("X", "1"), agi("10.0.0.5", 4574));
        assertEquals("PJSIP/+358401234567@trunk", request.channel());
        assertEquals(Map.of("KUULEVA_ATTEMPT", CALL.attemptKey().text(), "KUULEVA_SURVEY", "5", "KUULEVA_LANG", "sv",
                "KUULEVA_AGI_HOST", "10.0.0.5", "KUULEVA_AGI_PORT", "4574"), request.variables(),
                "no simulated-resident variables on a real trunk");
    }

    @Test
    void withoutAnAgiHostTheDialplansDefaultHostIsUsedAndSimulatedResidentsGetTheirVariables() {
        OriginateRequest request = Originates.of(server(true), CALL, call -> Map.of("X", "1"), agi("", 4573));
        assertEquals(Map.of("KUULEVA_ATTEMPT", CALL.attemptKey().text(), "KUULEVA_SURVEY", "5", "KUULEVA_LANG", "sv",
                "KUULEVA_AGI_PORT", "4573", "X", "1"), request.variables());
    }
}
