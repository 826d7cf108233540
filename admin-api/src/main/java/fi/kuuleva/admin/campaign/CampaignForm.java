package fi.kuuleva.admin.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.RetryPolicy;
import fi.kuuleva.campaign.schedule.RetryRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a campaign body ({@code docs/api.md}, "Campaigns") into a {@link CampaignDraft}: every wrong field is
 * reported with its JSON path, and nothing is stored unless all are right. Pure.
 */
public final class CampaignForm {

    private static final Set<String> FIELDS = Set.of("id", "name", "surveyVersionId", "state", "startDate", "endDate",
            "callingWindows", "retryPolicy", "maxAttempts", "priority", "asteriskServer", "createdAt");

    private CampaignForm() {
    }

    /** The draft in {@code body}; a 400 problem listing every problem otherwise. */
    public static CampaignDraft read(String body, Set<String> asteriskServers) {
        JsonBody json = JsonBody.parse(body);
        JsonNode root = json.root();
        root.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                json.error("$." + field, "is not a campaign field");
            }
        });
        String name = json.text(root, "name", "$.name", true).orElse(null);
        if (name != null && (name.isBlank() || name.length() > 200)) {
            json.error("$.name", "must be 1 to 200 characters");
        }
        Long version = json.integer(root, "surveyVersionId", "$.surveyVersionId", true).orElse(null);
        LocalDate start = date(json, root, "startDate");
        LocalDate end = date(json, root, "endDate");
        if (start != null && end != null && end.isBefore(start)) {
            json.error("$.endDate", "comes before the start date " + start);
        }
        List<CallingWindow> windows = CallingWindows.read(json, root.get("callingWindows"));
        RetryRules retry = retryRules(json, root.get("retryPolicy"));
        int maxAttempts = json.integer(root, "maxAttempts", "$.maxAttempts", false)
                .map(n -> range(json, "$.maxAttempts", n, 1, RetryPolicy.HARD_CAP))
                .orElse(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
        int priority = json.integer(root, "priority", "$.priority", false)
                .map(n -> range(json, "$.priority", n, -1000, 1000)).orElse(0);
        String server = json.text(root, "asteriskServer", "$.asteriskServer", false).orElse(null);
        if (server != null && !asteriskServers.contains(server)) {
            json.error("$.asteriskServer", "no Asterisk server '" + server + "' is configured (there are: "
                    + String.join(", ", new TreeSet<>(asteriskServers)) + ")");
        }
        json.check();
        return new CampaignDraft(name, version, start, end, windows, retry, maxAttempts, priority, server);
    }

    private static LocalDate date(JsonBody json, JsonNode root, String field) {
        String path = "$." + field;
        return json.text(root, field, path, false).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                json.error(path, "not a date (YYYY-MM-DD): '" + text + "'");
                return null;
            }
        }).orElse(null);
    }

    private static int range(JsonBody json, String path, long value, int min, int max) {
        if (value < min || value > max) {
            json.error(path, "must be from " + min + " to " + max);
            return min;
        }
        return (int) value;
    }

    private static RetryRules retryRules(JsonBody json, JsonNode node) {
        Map<AttemptOutcome, Duration> delays = new EnumMap<>(AttemptOutcome.class);
        if (node == null || node.isNull()) {
            return RetryRules.none();
        }
        if (!node.isObject()) {
            json.error("$.retryPolicy", "must be an object of ISO-8601 durations by outcome");
            return RetryRules.none();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> delay = it.next();
            String path = "$.retryPolicy." + delay.getKey();
            var outcome = RetryRules.outcome(delay.getKey());
            if (outcome.isEmpty()) {
                json.error(path, "not an outcome with a retry delay (use " + RetryRules.names() + ")");
            } else if (!delay.getValue().isTextual()) {
                json.error(path, "must be an ISO-8601 duration such as PT20M");
            } else {
                try {
                    delays.put(outcome.get(), RetryRules.delay(delay.getValue().asText()));
                } catch (IllegalArgumentException e) {
                    json.error(path, e.getMessage());
                }
            }
        }
        return new RetryRules(delays);
    }
}
