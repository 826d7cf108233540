package fi.kuuleva.campaign.schedule;

/** The survey script a campaign runs, pinned to one version so that answers stay comparable. */
public record SurveyVersion(String surveyId, int version) {
    public SurveyVersion {
        if (surveyId == null || surveyId.isBlank() || version < 1) {
            throw new IllegalArgumentException("a survey id and a version from 1 are needed");
        }
    }
}
