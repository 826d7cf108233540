package fi.kuuleva.admin.survey;

/** What publishing a script gave: the version a campaign pins ({@code versionId}). */
public record PublishedVersion(long versionId, long surveyId, String slug, int versionNo, String contentHash,
                               boolean created) {
}
