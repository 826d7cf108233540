package fi.kuuleva.survey;

import java.util.List;

/** Yes (key 1) or no (key 2). Spoken answers use {@code yesWords}/{@code noWords}, or built-in words when absent. */
public record YesNoQuestion(String id, LocalizedText text, Branching branching, boolean speech,
                            SpeechWords yesWords, SpeechWords noWords) implements Question {

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String YES_KEY = "1";
    public static final String NO_KEY = "2";

    @Override
    public List<String> answerValues() {
        return List.of(YES, NO);
    }
}
