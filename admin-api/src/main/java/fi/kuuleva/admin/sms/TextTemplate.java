package fi.kuuleva.admin.sms;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campaign's text with its placeholders: {@code {date}} the day of the first call ({@code 4.3.}), {@code {number}}
 * the number to call back, as a Finn writes it. Pure.
 */
public final class TextTemplate {

    public static final String DATE = "{date}";
    public static final String NUMBER = "{number}";
    /** The widest date a {@code {date}} can become, for length checks. */
    static final LocalDate WIDEST_DATE = LocalDate.of(2030, 12, 31);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

    private TextTemplate() {
    }

    public static String render(String template, LocalDate date, String number) {
        return template.replace(DATE, date.getDayOfMonth() + "." + date.getMonthValue() + ".")
                .replace(NUMBER, number);
    }

    /** Placeholders in the text that are neither {@code {date}} nor {@code {number}}. */
    public static Set<String> unknownPlaceholders(String template) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!matcher.group().equals(DATE) && !matcher.group().equals(NUMBER)) {
                unknown.add(matcher.group());
            }
        }
        return unknown;
    }
}
