package fi.kuuleva.flow;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Something that happened in a call, in the order it happened. Events never talk to telephony or storage. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(LanguageChosen.class), @JsonSubTypes.Type(PromptPlayed.class),
        @JsonSubTypes.Type(ConsentGiven.class), @JsonSubTypes.Type(ConsentRefused.class),
        @JsonSubTypes.Type(AnswerRecorded.class), @JsonSubTypes.Type(InputNotAccepted.class),
        @JsonSubTypes.Type(RepeatRequested.class), @JsonSubTypes.Type(ConfirmationRequested.class),
        @JsonSubTypes.Type(QuestionUnanswered.class), @JsonSubTypes.Type(OptOutRequested.class),
        @JsonSubTypes.Type(CallbackRequested.class), @JsonSubTypes.Type(SurveyEnded.class)})
public sealed interface Event permits LanguageChosen, PromptPlayed, ConsentGiven, ConsentRefused, AnswerRecorded,
        InputNotAccepted, RepeatRequested, ConfirmationRequested, QuestionUnanswered, OptOutRequested,
        CallbackRequested, SurveyEnded {
}
