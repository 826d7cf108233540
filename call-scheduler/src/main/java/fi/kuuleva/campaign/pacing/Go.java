package fi.kuuleva.campaign.pacing;

/** Start the call now; {@code bucket} is the start-rate bucket after this start, to be kept for the next. */
public record Go(TokenBucket bucket) implements Pace {
}
