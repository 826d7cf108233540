package fi.kuuleva.calls;

import fi.kuuleva.flow.CallbackTime;
import java.time.Instant;

/**
 * Port: what a resident asks for during a call that other features keep: never to be called again (the do-not-call
 * list) and a call-back by a person. Called inside the journal's transaction, so both commit with the sprint.
 */
public interface ResidentRequests {

    /** Adds the number to the do-not-call list, noting why. */
    void optOut(String phoneE164, String note, Instant at);

    /**
     * Opens a call-back request for the respondent, asked at step {@code atStep} of the attempt's call, to be made
     * at the {@code preferred} time of day; {@code transferFailed} when it was filed because nobody answered the
     * caller's transfer to a person.
     */
    void callback(long respondentId, long campaignId, long attemptId, String atStep, CallbackTime preferred,
                  boolean transferFailed, Instant at);

    /**
     * Opens a call-back request for a caller who is not a respondent due in the survey, by their number, about
     * campaign {@code campaignId}.
     */
    void callbackToCaller(String phoneE164, long campaignId, String atStep, CallbackTime preferred,
                          boolean transferFailed, Instant at);
}
