package fi.kuuleva.admin.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuuleva.campaign.schedule.RetryPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a campaign body ({@code docs/api.md}, "Campaigns") into a {@link CampaignDraft}: every wrong field is
 * reported with its JSON path, and nothing is stored unless all are right. Pure.
 */
public final class CampaignForm {

    static final Duration LONGEST_DELAY = Duration.ofDays(30);
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
        String windows = CallingWindows.read(json, root.get("callingWindows"));
        String retry = retryPolicy(json, root.get("retryPolicy"));
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

    private static String retryPolicy(JsonBody json, JsonNode node) {
        Map<String, String> stored = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return "{}";
        }
        if (!node.isObject()) {
            json.error("$.retryPolicy", "must be an object of ISO-8601 durations by outcome");
            return "{}";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> delay = it.next();
            String path = "$.retryPolicy." + delay.getKey();
            var outcome = RetryKeys.outcome(delay.getKey());
            if (outcome.isEmpty()) {
                json.error(path, "not an outcome with a retry delay (use " + RetryKeys.names() + ")");
            } else if (!delay.getValue().isTextual()) {
                json.error(path, "must be an ISO-8601 duration such as PT20M");
            } else {
                duration(json, path, delay.getValue().asText())
                        .ifPresent(d -> stored.put(outcome.get().name(), d.toString()));
            }
        }
        return JsonBody.write(stored);
    }

    private static Optional<Duration> duration(JsonBody json, String path, String text) {
        try {
            Duration delay = Duration.parse(text);
            if (delay.isNegative() || delay.isZero() || delay.compareTo(LONGEST_DELAY) > 0) {
                json.error(path, "must be more than zero and at most " + LONGEST_DELAY.toDays() + " days");
                return Optional.empty();
            }
            return Optional.of(delay);
        } catch (DateTimeParseException e) {
            json.error(path, "not an ISO-8601 duration: '" + text + "'");
            return Optional.empty();
        }
    }
}
