package fi.kuuleva.admin.campaign;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.RetryPolicy;
import fi.kuuleva.campaign.schedule.RetryRules;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a validated {@link CampaignBody} into a {@link CampaignDraft}, with the defaults for what was left out and the
 * one check that needs the configuration (the Asterisk server). Pure.
 */
public final class CampaignForm {

    private CampaignForm() {
    }

    /** The draft of a body that passed validation; a 400 problem at {@code $.asteriskServer} for an unknown server. */
    public static CampaignDraft read(CampaignBody body, Set<String> asteriskServers) {
        String server = body.asteriskServer();
        if (server != null && !asteriskServers.contains(server)) {
            throw ApiProblem.badRequest("$.asteriskServer", "no Asterisk server '" + server + "' is configured"
                    + " (there are: " + String.join(", ", new TreeSet<>(asteriskServers)) + ")");
        }
        List<CallingWindow> windows = body.callingWindows() == null ? List.of()
                : body.callingWindows().stream().map(WindowBody::window).toList();
        Map<AttemptOutcome, Duration> delays = new EnumMap<>(AttemptOutcome.class);
        if (body.retryPolicy() != null) {
            body.retryPolicy().forEach((key, delay) ->
                    delays.put(RetryRules.outcome(key).orElseThrow(), RetryRules.delay(delay)));
        }
        return new CampaignDraft(body.name(), body.surveyVersionId().longValueExact(), body.startDate(),
                body.endDate(), windows, new RetryRules(delays), body.maxAttempts() == null
                ? RetryPolicy.DEFAULT_MAX_ATTEMPTS : body.maxAttempts().intValueExact(),
                body.priority() == null ? 0 : body.priority().intValueExact(), server);
    }
}
