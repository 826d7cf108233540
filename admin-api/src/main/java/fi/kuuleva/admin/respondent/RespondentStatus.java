package fi.kuuleva.admin.respondent;

/** A respondent waits for a call, is in one, or will not be called again in the campaign. */
public enum RespondentStatus {
    PENDING, IN_CALL, DONE
}
