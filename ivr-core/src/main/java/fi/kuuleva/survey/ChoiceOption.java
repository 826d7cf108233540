package fi.kuuleva.survey;

/** One option of a single-choice question, chosen with its key (1-9) or by saying one of its words. */
public record ChoiceOption(String id, String key, LocalizedText text, SpeechWords words) {
}
