package fi.kuuleva.telephony.agi;

import java.util.Optional;

/**
 * Port: the service's side of a call to the survey number. Implemented by the inbound desk over the store; the
 * FastAGI script asks it once per call, on the call's FastAGI thread. Thread-safe.
 */
@FunctionalInterface
public interface InboundLine {

    /** Refuses every call: no inbound line is set up. */
    InboundLine NONE = (caller, server) -> Optional.empty();

    /**
     * The call from {@code callerNumber} (as Asterisk has it; blank or null when withheld) on Asterisk server
     * {@code server} (null: the default one); empty when it must be refused (no line free, no running survey).
     */
    Optional<InboundCall> arrive(String callerNumber, String server);
}
