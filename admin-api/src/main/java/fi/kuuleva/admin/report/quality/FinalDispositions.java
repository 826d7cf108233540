package fi.kuuleva.admin.report.quality;

import static fi.kuuleva.campaign.attempts.AttemptOutcome.ANSWERED;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.BUSY;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.CALLBACK_REQUESTED;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.COMPLETED;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.HUNG_UP_MID_SURVEY;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.MACHINE;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.NO_ANSWER;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.NO_RESPONSE;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.OPTED_OUT;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.REFUSED;
import static fi.kuuleva.campaign.attempts.AttemptOutcome.TRANSFERRED;

import fi.kuuleva.campaign.attempts.AttemptOutcome;

/**
 * A respondent's final disposition from all their attempts, the most informative outcome winning: an interview
 * (complete when at least 80% of the questions were answered, partial from 50%), then a refusal or break-off, a
 * call-back request or a transfer to a person, an answering machine, a number the network does not know, a drop before anyone spoke, and
 * last the outcomes that leave it unknown whether the number reaches the resident (no answer, busy, technical
 * failure, never tried). Pure.
 */
public final class FinalDispositions {

    static final double COMPLETE_SHARE = 0.8;
    static final double PARTIAL_SHARE = 0.5;

    private FinalDispositions() {
    }

    public static Disposition of(CaseHistory history) {
        double share = history.answeredShare();
        if (any(history, COMPLETED)) {
            return share >= COMPLETE_SHARE ? Disposition.COMPLETE
                    : share >= PARTIAL_SHARE ? Disposition.PARTIAL : Disposition.BREAK_OFF;
        }
        if (any(history, HUNG_UP_MID_SURVEY) && share >= PARTIAL_SHARE) {
            return Disposition.PARTIAL;
        }
        if (any(history, REFUSED) || any(history, OPTED_OUT)) {
            return Disposition.REFUSAL;
        }
        if (any(history, HUNG_UP_MID_SURVEY) || any(history, NO_RESPONSE)) {
            return Disposition.BREAK_OFF;
        }
        if (any(history, CALLBACK_REQUESTED) || any(history, TRANSFERRED)) {
            return Disposition.OTHER_NON_INTERVIEW;
        }
        if (any(history, MACHINE)) {
            return Disposition.ANSWERING_MACHINE;
        }
        if (history.attempts().stream().anyMatch(AttemptFact::numberDoesNotExist)) {
            return Disposition.NON_WORKING_NUMBER;
        }
        if (any(history, ANSWERED)) {
            return Disposition.UNKNOWN_OTHER;
        }
        if (any(history, NO_ANSWER)) {
            return Disposition.NO_ANSWER;
        }
        if (any(history, BUSY)) {
            return Disposition.ALWAYS_BUSY;
        }
        return history.attempts().isEmpty() ? Disposition.NOT_ATTEMPTED : Disposition.TECHNICAL_FAILURE;
    }

    private static boolean any(CaseHistory history, AttemptOutcome outcome) {
        return history.attempts().stream().anyMatch(a -> a.outcome() == outcome);
    }
}
