package fi.kuuleva.flow;

/** What a recognizer heard, limited to the awaited grammar, with its confidence 0..1; empty text if nothing. */
public record SpeechRecognized(String text, double confidence) implements Resume {
}
