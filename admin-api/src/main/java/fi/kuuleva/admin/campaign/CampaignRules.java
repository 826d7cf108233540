package fi.kuuleva.admin.campaign;

import fi.kuuleva.campaign.CampaignId;
import fi.kuuleva.campaign.schedule.SurveyVersion;
import java.time.LocalDate;
import java.util.Set;

/** A stored campaign as call-scheduler's {@link fi.kuuleva.campaign.schedule.Campaign}; its columns are typed. Pure. */
public final class CampaignRules {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private CampaignRules() {
    }

    public static fi.kuuleva.campaign.schedule.Campaign of(StoredCampaign stored) {
        return new fi.kuuleva.campaign.schedule.Campaign(new CampaignId(String.valueOf(stored.id())),
                new SurveyVersion(String.valueOf(stored.surveyVersionId()), 1), stored.state(), stored.priority(),
                stored.startDate() == null ? FIRST : stored.startDate(),
                stored.endDate() == null ? LAST : stored.endDate(), stored.callingWindows(), Set.of(),
                stored.retryPolicy().policy(stored.maxAttempts()));
    }
}
