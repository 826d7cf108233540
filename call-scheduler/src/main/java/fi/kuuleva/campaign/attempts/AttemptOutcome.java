package fi.kuuleva.campaign.attempts;

/** How one call attempt ended, from the dialler's result or, once answered, the survey engine's outcome. */
public enum AttemptOutcome {
    /** Answered, but no survey outcome was recorded (the flow never reported back). */
    ANSWERED,
    BUSY,
    NO_ANSWER,
    /** The call could not be placed (trunk, congestion, provider error), or its result was lost in a crash. */
    FAILED,
    MACHINE,
    /** Answered and started the survey, then hung up before the end: the next attempt resumes. */
    HUNG_UP_MID_SURVEY,
    COMPLETED,
    REFUSED,
    OPTED_OUT,
    CALLBACK_REQUESTED,
    /** Asked for a person and was put through to a member of staff. */
    TRANSFERRED,
    /** Answered but never responded to the language or consent step. */
    NO_RESPONSE;

    /** The respondent has given their answer to the campaign: never call them again in it. */
    public boolean isFinal() {
        return switch (this) {
            case COMPLETED, REFUSED, OPTED_OUT, CALLBACK_REQUESTED, TRANSFERRED -> true;
            case ANSWERED, BUSY, NO_ANSWER, FAILED, MACHINE, HUNG_UP_MID_SURVEY, NO_RESPONSE -> false;
        };
    }

    /** The respondent asked not to be called again in any survey: add the number to the do-not-call list. */
    public boolean addsToDoNotCallList() {
        return this == OPTED_OUT;
    }
}
