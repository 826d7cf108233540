package fi.kuuleva.campaign;

/** The persistence layer's identifier of a campaign (a UUID or a slug; opaque here). */
public record CampaignId(String value) {
    public CampaignId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a campaign id is needed");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
