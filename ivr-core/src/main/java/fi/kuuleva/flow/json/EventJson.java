package fi.kuuleva.flow.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fi.kuuleva.flow.AnswerRecorded;
import fi.kuuleva.flow.CallbackRequested;
import fi.kuuleva.flow.ConfirmationRequested;
import fi.kuuleva.flow.ConsentGiven;
import fi.kuuleva.flow.ConsentRefused;
import fi.kuuleva.flow.InputNotAccepted;
import fi.kuuleva.flow.LanguageChosen;
import fi.kuuleva.flow.OptOutRequested;
import fi.kuuleva.flow.PromptPlayed;
import fi.kuuleva.flow.QuestionUnanswered;
import fi.kuuleva.flow.RepeatRequested;
import fi.kuuleva.flow.SurveyEnded;
import fi.kuuleva.flow.TransferAttempted;

/** Jackson mix-in for {@code Event}: each event is written with its record's simple name as {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(LanguageChosen.class), @JsonSubTypes.Type(PromptPlayed.class),
        @JsonSubTypes.Type(ConsentGiven.class), @JsonSubTypes.Type(ConsentRefused.class),
        @JsonSubTypes.Type(AnswerRecorded.class), @JsonSubTypes.Type(InputNotAccepted.class),
        @JsonSubTypes.Type(RepeatRequested.class), @JsonSubTypes.Type(ConfirmationRequested.class),
        @JsonSubTypes.Type(QuestionUnanswered.class), @JsonSubTypes.Type(OptOutRequested.class),
        @JsonSubTypes.Type(CallbackRequested.class), @JsonSubTypes.Type(TransferAttempted.class),
        @JsonSubTypes.Type(SurveyEnded.class)})
interface EventJson {
}
