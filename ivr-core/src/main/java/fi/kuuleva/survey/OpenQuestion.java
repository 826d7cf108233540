package fi.kuuleva.survey;

import java.util.List;

/**
 * A spoken answer, recorded for up to {@code maxSeconds}. {@code keepRecording} says whether the audio is kept for
 * the officers (otherwise only its transcript is, where a speech model exists for the language).
 */
public record OpenQuestion(String id, LocalizedText text, Branching branching, int maxSeconds,
                           boolean keepRecording) implements Question {

    @Override
    public List<String> answerValues() {
        return List.of();
    }
}
