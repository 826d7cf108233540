package fi.kuuleva.campaign.attempts;

/** After an attempt: call again at a given instant, or never again in this campaign. */
public sealed interface RetryDecision permits RetryAt, Final {
}
