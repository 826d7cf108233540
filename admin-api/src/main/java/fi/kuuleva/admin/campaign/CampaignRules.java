package fi.kuuleva.admin.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuuleva.campaign.CampaignId;
import fi.kuuleva.campaign.attempts.AttemptOutcome;
import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.CampaignState;
import fi.kuuleva.campaign.schedule.RetryPolicy;
import fi.kuuleva.campaign.schedule.SurveyVersion;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a stored campaign's JSON columns into call-scheduler's {@link fi.kuuleva.campaign.schedule.Campaign}. Pure.
 *
 * <p>{@code calling_windows}: {@code [{"days": "MON-FRI", "from": "10:00", "to": "18:00"}]} (days as a range or a
 * comma list). {@code retry_policy}: delays per outcome over {@link RetryPolicy#defaults()}, e.g.
 * {@code {"BUSY": "PT20M", "NO_ANSWER": "PT3H"}}; the cap is the campaign's {@code max_attempts}.
 */
public final class CampaignRules {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    private CampaignRules() {
    }

    public static fi.kuuleva.campaign.schedule.Campaign of(Campaign stored) {
        return new fi.kuuleva.campaign.schedule.Campaign(new CampaignId(String.valueOf(stored.id())),
                new SurveyVersion(String.valueOf(stored.surveyVersionId()), 1),
                CampaignState.valueOf(stored.state().name()), stored.priority(),
                stored.startDate() == null ? FIRST : stored.startDate(),
                stored.endDate() == null ? LAST : stored.endDate(), windows(stored.callingWindows()), Set.of(),
                retryPolicy(stored.retryPolicy(), stored.maxAttempts()));
    }

    public static List<CallingWindow> windows(String json) {
        List<CallingWindow> windows = new ArrayList<>();
        for (JsonNode window : read(json)) {
            windows.add(new CallingWindow(days(window.path("days").asText()),
                    LocalTime.parse(window.path("from").asText()), LocalTime.parse(window.path("to").asText())));
        }
        return windows;
    }

    public static RetryPolicy retryPolicy(String json, int maxAttempts) {
        RetryPolicy policy = RetryPolicy.defaults().withMaxAttempts(Math.min(maxAttempts, RetryPolicy.HARD_CAP));
        for (Iterator<Map.Entry<String, JsonNode>> it = read(json).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> delay = it.next();
            policy = policy.withDelay(AttemptOutcome.valueOf(delay.getKey()), Duration.parse(delay.getValue().asText()));
        }
        return policy;
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.toUpperCase(Locale.ROOT).split(",")) {
            String[] range = part.trim().split("-");
            DayOfWeek from = day(range[0]);
            days.addAll(EnumSet.range(from, range.length > 1 ? day(range[1]) : from));
        }
        return days;
    }

    private static DayOfWeek day(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(name.trim())) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day of the week: " + name);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null || json.isBlank() ? "{}" : json);
        } catch (IOException e) {
            throw new IllegalArgumentException("campaign rules are not JSON: " + e.getMessage(), e);
        }
    }
}
