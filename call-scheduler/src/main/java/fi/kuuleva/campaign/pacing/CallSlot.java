package fi.kuuleva.campaign.pacing;

/** A line on an Asterisk server taken by one call; give it back with {@link Pacer#release} when the call ends. */
public record CallSlot(String server, long id) {
}
