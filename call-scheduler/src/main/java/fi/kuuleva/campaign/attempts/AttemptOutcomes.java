package fi.kuuleva.campaign.attempts;

import fi.kuuleva.flow.Outcome;
import java.util.Optional;

/** Pure mappings from what the dialler and the survey engine report to the outcome of an attempt. */
public final class AttemptOutcomes {
    private AttemptOutcomes() {
    }

    public static AttemptOutcome fromFlow(Outcome outcome) {
        return switch (outcome) {
            case COMPLETED -> AttemptOutcome.COMPLETED;
            case REFUSED -> AttemptOutcome.REFUSED;
            case NO_RESPONSE -> AttemptOutcome.NO_RESPONSE;
            case OPTED_OUT -> AttemptOutcome.OPTED_OUT;
            case CALLBACK_REQUESTED -> AttemptOutcome.CALLBACK_REQUESTED;
            case HUNG_UP -> AttemptOutcome.HUNG_UP_MID_SURVEY;
            case MACHINE, VOICEMAIL_LEFT -> AttemptOutcome.MACHINE;
            case TRANSFERRED -> AttemptOutcome.TRANSFERRED;
            // only an inbound caller not due in the survey hears the information; nothing was asked of them
            case INFORMED -> AttemptOutcome.NO_RESPONSE;
        };
    }

    public static AttemptOutcome fromDial(DialResult result) {
        return switch (result) {
            case ANSWERED -> AttemptOutcome.ANSWERED;
            case BUSY -> AttemptOutcome.BUSY;
            case NO_ANSWER -> AttemptOutcome.NO_ANSWER;
            case FAILED -> AttemptOutcome.FAILED;
        };
    }

    /** An answered call takes the survey's outcome when there is one; otherwise the dialler's result stands. */
    public static AttemptOutcome of(DialResult result, Optional<Outcome> surveyOutcome) {
        if (result == DialResult.ANSWERED && surveyOutcome.isPresent()) {
            return fromFlow(surveyOutcome.get());
        }
        return fromDial(result);
    }
}
