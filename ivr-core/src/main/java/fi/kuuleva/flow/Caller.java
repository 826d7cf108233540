package fi.kuuleva.flow;

/**
 * Who is on the line and how the call came about: a respondent the service called, a respondent who called the
 * survey number, another caller whose number is known, or a caller whose number is withheld.
 */
public enum Caller {
    /** The service called a respondent (an outbound attempt). */
    CALLED,
    /** A respondent of a running campaign called in: the survey, as on a call the service placed. */
    CALLED_BACK,
    /** Someone not (or no longer) due in a running campaign called in: told about the survey, may ask for a person. */
    INQUIRY,
    /** A caller who withheld their number: told about the survey; nothing can be noted against a number. */
    WITHHELD;

    /** Whether the caller hears about the survey instead of taking it. */
    boolean inquires() {
        return this == INQUIRY || this == WITHHELD;
    }
}
