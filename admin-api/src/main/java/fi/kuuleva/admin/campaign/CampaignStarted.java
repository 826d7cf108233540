package fi.kuuleva.admin.campaign;

/** A campaign started or resumed: its survey's prompts are about to be played. */
public record CampaignStarted(long campaignId, long surveyVersionId) {
}
