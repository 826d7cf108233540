package fi.kuuleva.admin.report.quality;

/** How many sampled respondents of one campaign share one attempt history. */
record CampaignCases(long campaignId, String name, CaseHistory history, long count) {
}
