package fi.kuuleva.dialler;

/**
 * Port: completes a running campaign that has nobody left to call, without overwriting an officer's pause or cancel
 * and without missing respondents an import adds meanwhile. The service's campaign store implements it. Thread-safe.
 */
@FunctionalInterface
public interface CampaignCompletion {

    /** True when the campaign was running, had nobody pending or in a call, and is now completed. */
    boolean completeIfDone(long campaignId);
}
