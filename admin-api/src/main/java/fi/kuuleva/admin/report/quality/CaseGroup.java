package fi.kuuleva.admin.report.quality;

/**
 * How many sampled respondents of one municipality, age band and language share one attempt history: the distinct
 * outcomes and causes of their attempts and the numbers of questions they answered and left unanswered.
 */
record CaseGroup(String municipality, String ageBand, String language, CaseHistory history, long count) {
}
