package fi.kuuleva.admin.report.quality;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import io.micronaut.core.annotation.Nullable;

/** What one ended call attempt tells about its respondent: its outcome and the network's Q.850 cause, if any. */
public record AttemptFact(AttemptOutcome outcome, @Nullable Integer hangupCause) {

    /** Q.850 causes by which the network says the number reaches nobody: unallocated, changed, invalid format. */
    boolean numberDoesNotExist() {
        return outcome == AttemptOutcome.FAILED && hangupCause != null
                && (hangupCause == 1 || hangupCause == 22 || hangupCause == 28);
    }
}
