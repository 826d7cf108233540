package fi.kuuleva.dialler;

import fi.kuuleva.campaign.schedule.Campaign;

/**
 * Port: a stored campaign's calling rules (windows, dates, retry delays, attempt cap), as the scheduling policies
 * and the retry decision read them. The service's campaign store implements it. Thread-safe.
 */
@FunctionalInterface
public interface CampaignRuleSource {

    /** The rules of campaign {@code campaignId}; throws when there is no such campaign. */
    Campaign rules(long campaignId);
}
