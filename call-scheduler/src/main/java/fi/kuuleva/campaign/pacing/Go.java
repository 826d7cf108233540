package fi.kuuleva.campaign.pacing;

/** Start the call now, on this slot. */
public record Go(CallSlot slot) implements Pace {
}
