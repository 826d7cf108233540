package fi.kuuleva.campaign.attempts;

import java.util.Objects;

/** Do not call this respondent again in the campaign. */
public record Final(FinalReason reason, String detail) implements RetryDecision {
    public Final {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
