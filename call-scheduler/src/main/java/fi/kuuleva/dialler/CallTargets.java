package fi.kuuleva.dialler;

import java.util.Map;

/**
 * Port: what the dial plan needs, beyond the number, to reach a claimed respondent on an Asterisk server configured
 * as {@code simulated} (its channel reaches simulated residents, not a trunk): extra channel variables for the
 * originate. The production service has none ({@link #NONE}); the demo plugs in its simulated residents.
 * Thread-safe.
 */
@FunctionalInterface
public interface CallTargets {

    CallTargets NONE = call -> Map.of();

    Map<String, String> variables(ClaimedCall call);
}
