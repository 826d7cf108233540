package fi.kuuleva.telephony.ami;

import fi.kuuleva.campaign.attempts.AttemptKey;
import java.util.Map;

/**
 * One call to place.
 *
 * @param channel    what to dial, e.g. {@code PJSIP/0401234567@trunk} or {@code Local/r1@simulated-residents}
 * @param ringSeconds how long to let it ring before giving up (no answer)
 * @param callerId   the county's one published number, as operators require
 * @param variables  channel variables for the dialplan (attempt, language, survey version; test resident scripts)
 */
public record OriginateRequest(AttemptKey attempt, String channel, String context, String extension, int ringSeconds,
                               String callerId, Map<String, String> variables) {

    public OriginateRequest {
        variables = Map.copyOf(variables);
    }
}
