package fi.kuuleva.dialler;

import fi.kuuleva.campaign.attempts.AttemptKey;
import fi.kuuleva.survey.Language;
import io.micronaut.core.annotation.Nullable;

/**
 * A respondent claimed for a call: its attempt row exists (queued) and its attempt count already includes it.
 *
 * @param language       the register language, if known (channel variable KUULEVA_LANG)
 * @param asteriskServer the campaign's Asterisk server, if it names one
 */
public record ClaimedCall(long attemptId, int attemptNo, long respondentId, long campaignId, long surveyVersionId,
                          String phoneE164, @Nullable Language language, @Nullable String asteriskServer) {

    /** The attempt as its call carries it (originate, AMI events, KUULEVA_ATTEMPT, the call's journal). */
    public AttemptKey attemptKey() {
        return new AttemptKey(attemptId);
    }
}
