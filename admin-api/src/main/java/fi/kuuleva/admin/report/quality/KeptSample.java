package fi.kuuleva.admin.report.quality;

import java.util.List;

/** A version's sample as counted groups per area ({@code sample}) and per campaign, from one read. */
record KeptSample(List<CaseGroup> sample, List<CampaignCases> campaigns) {
}
