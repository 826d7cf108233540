package fi.kuuleva.dialler;

import fi.kuuleva.calls.TelephonyConfig;
import fi.kuuleva.telephony.agi.ChannelVariables;
import fi.kuuleva.telephony.ami.OriginateRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * The originate for a claimed call: the server's dial string and the channel variables the dial plan reads, among
 * them this instance's FastAGI address (KUULEVA_AGI_HOST, KUULEVA_AGI_PORT), so the answered call comes back to the
 * instance that placed it. Pure.
 */
final class Originates {

    static final String AGI_HOST = "KUULEVA_AGI_HOST";
    static final String AGI_PORT = "KUULEVA_AGI_PORT";

    private Originates() {
    }

    /** {@code targets} are asked for a server configured as simulated only. */
    static OriginateRequest of(AsteriskServerConfig server, ClaimedCall call, CallTargets targets,
                               TelephonyConfig agi) {
        Map<String, String> variables = new HashMap<>();
        if (server.simulated()) {
            variables.putAll(targets.variables(call));
        }
        variables.put(ChannelVariables.ATTEMPT, call.attemptKey().text());
        variables.put(ChannelVariables.SURVEY, Long.toString(call.surveyVersionId()));
        if (call.language() != null) {
            variables.put(ChannelVariables.LANGUAGE, call.language().code());
        }
        variables.put(AGI_PORT, Integer.toString(agi.agiPort()));
        if (agi.agiHost() != null && !agi.agiHost().isBlank()) {
            variables.put(AGI_HOST, agi.agiHost());
        }
        return new OriginateRequest(call.attemptKey(), server.channelFor(call.phoneE164()), "kuuleva-outbound", "s",
                server.ringSeconds(), server.callerId(), variables);
    }
}
