package fi.kuuleva.flow;

/** How a survey session ended. */
public enum Outcome {
    /** Reached the closing words (some questions may be unanswered). */
    COMPLETED,
    /** Declined at the consent question. */
    REFUSED,
    /** Never answered the language or consent step. */
    NO_RESPONSE,
    /** Asked not to be called again. */
    OPTED_OUT,
    /** Asked for a person to call back. */
    CALLBACK_REQUESTED,
    /** Hung up before the end: a later attempt resumes at the first unanswered question. */
    HUNG_UP,
    /** An answering machine answered and no message was left: the survey has none, or an earlier call left it. */
    MACHINE,
    /** An answering machine answered and the survey's message was left on it, after the machine's beep. */
    VOICEMAIL_LEFT,
    /** Asked for a person and was put through to a member of staff. */
    TRANSFERRED,
    /** Called in, heard what the survey is, and asked for nothing. */
    INFORMED
}
