package fi.kuuleva.telephony.agi;

import java.time.Duration;

/** Told, on the call's own thread, how long the service took from a resident's input to the next prompt. */
@FunctionalInterface
public interface CallTimings {

    CallTimings NONE = took -> { };

    /** The engine's step, the journal's commit and the translation, for one input. Must not block. */
    void inputHandled(Duration took);
}
