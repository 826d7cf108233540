package fi.kuuleva.campaign.respondents;

import fi.kuuleva.campaign.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an accepted import into respondents new to the campaign and those already in it (by phone number), so
 * that importing the same file twice adds nobody twice. The persistence layer inserts the new ones and upserts by
 * (campaign, phone) for safety.
 */
public final class NewRespondents {
    private NewRespondents() {
    }

    public static Split split(List<Respondent> imported, Set<PhoneNumber> alreadyInCampaign) {
        List<Respondent> added = new ArrayList<>();
        List<Respondent> existing = new ArrayList<>();
        for (Respondent respondent : imported) {
            (alreadyInCampaign.contains(respondent.phone()) ? existing : added).add(respondent);
        }
        return new Split(added, existing);
    }

    /** Respondents to add, and respondents the campaign already has (left as they are). */
    public record Split(List<Respondent> toAdd, List<Respondent> alreadyInCampaign) {
        public Split {
            toAdd = List.copyOf(toAdd);
            alreadyInCampaign = List.copyOf(alreadyInCampaign);
        }
    }
}
