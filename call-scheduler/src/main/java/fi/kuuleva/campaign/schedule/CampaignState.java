package fi.kuuleva.campaign.schedule;

/** Where a campaign is in its life; see {@link CampaignLifecycle} for the moves between states. */
public enum CampaignState {
    DRAFT,
    RUNNING,
    PAUSED,
    COMPLETED,
    CANCELLED
}
