package fi.kuuleva.admin.campaign;

/** Where a campaign is in its life; only running campaigns are dialled. */
public enum CampaignState {
    DRAFT, RUNNING, PAUSED, COMPLETED, CANCELLED
}
