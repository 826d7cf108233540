package fi.kuuleva.admin.report.quality;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import io.micronaut.core.annotation.Nullable;

/** What one ended call attempt tells about its respondent: its outcome and the network's Q.850 cause, if any. */
public record AttemptFact(AttemptOutcome outcome, @Nullable Integer hangupCause) {

    /**
     * Whether a call that did not connect ended with a Q.850 cause by which the network says the number reaches
     * nobody: unallocated, changed, invalid format. Asterisk's originate reason for such a call varies (failed, or
     * hung up before answer, which reads as no answer), so the cause decides.
     */
    boolean numberDoesNotExist() {
        boolean notConnected = outcome == AttemptOutcome.FAILED || outcome == AttemptOutcome.NO_ANSWER
                || outcome == AttemptOutcome.BUSY;
        return notConnected && hangupCause != null && (hangupCause == 1 || hangupCause == 22 || hangupCause == 28);
    }
}
