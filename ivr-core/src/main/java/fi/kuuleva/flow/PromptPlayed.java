package fi.kuuleva.flow;

/** A prompt was said to the caller (the telephony edge plays it; a key press may cut it short). */
public record PromptPlayed(Prompt prompt) implements Event {
}
