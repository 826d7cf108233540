package fi.kuuleva.telephony.agi;

import fi.kuuleva.flow.FlowEngine;
import fi.kuuleva.flow.Trigger;

/** The engine of the attempt's survey version and the trigger to start its session with. */
public record CallSetup(FlowEngine engine, Trigger trigger) {
}
