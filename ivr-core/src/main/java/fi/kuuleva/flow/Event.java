package fi.kuuleva.flow;

/** Something that happened in a call, in the order it happened. Events never talk to telephony or storage. */
public sealed interface Event permits LanguageChosen, PromptPlayed, ConsentGiven, ConsentRefused, AnswerRecorded,
        InputNotAccepted, RepeatRequested, ConfirmationRequested, QuestionUnanswered, OptOutRequested,
        CallbackRequested, TransferAttempted, SurveyEnded {
}
