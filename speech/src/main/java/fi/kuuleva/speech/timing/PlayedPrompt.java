package fi.kuuleva.speech.timing;

import fi.kuuleva.flow.Prompt;

/** A prompt a measured call played and the length of its audio file (silent margins included). */
public record PlayedPrompt(Prompt prompt, long millis) {
}
