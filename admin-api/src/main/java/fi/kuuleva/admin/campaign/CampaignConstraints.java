package fi.kuuleva.admin.campaign;

import fi.kuuleva.campaign.schedule.CallingWindow;
import fi.kuuleva.campaign.schedule.RetryRules;
import fi.kuuleva.campaign.schedule.Weekdays;
import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import io.micronaut.validation.validator.constraints.ConstraintValidatorContext;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * The validators of the campaign body's own constraints, each reading with call-scheduler's one grammar. A failed
 * check of several fields adds one violation at each field's place, so every problem names its JSON path. Stateless.
 */
@Factory
class CampaignConstraints {

    /** Campaign dates outside these years are typing mistakes, and PostgreSQL shifts or refuses far ones. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Singleton
    ConstraintValidator<DayList, String> dayList() {
        return (days, annotation, context) -> days == null || Weekdays.parse(days).isPresent()
                || fail(context, "not days of the week such as MON-FRI or MON,WED: '" + days + "'");
    }

    @Singleton
    ConstraintValidator<TimeOfDay, String> timeOfDay() {
        return (time, annotation, context) -> time == null || CallingWindow.time(time).isPresent()
                || fail(context, "not a time HH:MM (00:00 to 23:59): '" + time + "'");
    }

    @Singleton
    ConstraintValidator<WindowHours, WindowBody> windowHours() {
        return (window, annotation, context) -> {
            LocalTime from = window == null ? null : CallingWindow.time(window.from()).orElse(null);
            LocalTime to = window == null ? null : CallingWindow.time(window.to()).orElse(null);
            return from == null || to == null || from.isBefore(to) || at(context, "to",
                    "must be after from (" + from + "); a window cannot cross midnight");
        };
    }

    @Singleton
    ConstraintValidator<RetryDelays, Map<String, String>> retryDelays() {
        return (delays, annotation, context) -> {
            boolean valid = true;
            for (Map.Entry<String, String> delay : delays == null ? Map.<String, String>of().entrySet()
                    : delays.entrySet()) {
                if (RetryRules.outcome(delay.getKey()).isEmpty()) {
                    valid = at(context, delay.getKey(),
                            "not an outcome with a retry delay (use " + RetryRules.names() + ")");
                } else if (delay.getValue() == null) {
                    valid = at(context, delay.getKey(), "must be an ISO-8601 duration such as PT20M");
                } else {
                    try {
                        RetryRules.delay(delay.getValue());
                    } catch (IllegalArgumentException e) {
                        valid = at(context, delay.getKey(), e.getMessage());
                    }
                }
            }
            return valid;
        };
    }

    @Singleton
    ConstraintValidator<CampaignDates, CampaignBody> campaignDates() {
        return (body, annotation, context) -> {
            if (body == null) {
                return true;
            }
            boolean valid = year(context, "startDate", body.startDate()) & year(context, "endDate", body.endDate());
            if (valid && body.startDate() != null && body.endDate() != null
                    && body.endDate().isBefore(body.startDate())) {
                valid = at(context, "endDate", "comes before the start date " + body.startDate());
            }
            return valid;
        };
    }

    @Singleton
    ConstraintValidator<PlainText, String> plainText() {
        return (text, annotation, context) -> {
            int max = annotation.intValue("max").orElse(200);
            if (text == null) {
                return true;
            }
            if (text.isBlank() || text.length() > max) {
                return fail(context, "must be 1 to " + max + " characters");
            }
            return text.chars().noneMatch(Character::isISOControl)
                    || fail(context, "must not contain control characters such as NUL or line breaks");
        };
    }

    private static boolean year(ConstraintValidatorContext context, String field, LocalDate date) {
        return date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR)
                || at(context, field, "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR + ": " + date);
    }

    private static boolean fail(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(message)).addConstraintViolation();
        return false;
    }

    private static boolean at(ConstraintValidatorContext context, String node, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(node).addConstraintViolation();
        return false;
    }

    /** A message is a template: what the officer typed must not be read as one. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
