package fi.kuuleva.admin.progress;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;

/**
 * A campaign's progress at one instant.
 *
 * @param outcomes respondents by the outcome of their latest ended attempt
 * @param attempts attempts made so far, open ones included
 */
@Serdeable
public record CampaignProgress(long campaignId, String state, Respondents respondents, Map<String, Long> outcomes,
                               long attempts, long callsInProgress, Instant at) {

    @Serdeable
    public record Respondents(long total, long pending, long inCall, long done) {
    }

    /** Whether anything but the time differs from {@code other}. */
    public boolean sameFiguresAs(CampaignProgress other) {
        return other != null && state.equals(other.state) && respondents.equals(other.respondents)
                && outcomes.equals(other.outcomes) && attempts == other.attempts
                && callsInProgress == other.callsInProgress;
    }
}
