package fi.kuuleva.campaign.respondents;

/**
 * What was read: data rows, respondents kept, rows left out because the number is on the do-not-call list, and
 * how the file was understood (encoding and delimiter), to show the officer.
 */
public record ImportSummary(int rows, int respondents, int leftOutDoNotCall, String encoding, char delimiter) {
}
