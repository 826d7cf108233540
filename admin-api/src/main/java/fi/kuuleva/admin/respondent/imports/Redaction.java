package fi.kuuleva.admin.respondent.imports;

import java.util.regex.Pattern;

/** Takes phone numbers (also masked ones such as {@code +35840*****67}) out of text that is kept. */
final class Redaction {

    /** Seven or more digits, possibly with a leading +, spaces, dashes, brackets or mask stars between them. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d \\-()*]{5,}\\d");

    private Redaction() {
    }

    static String numbers(String text) {
        return NUMBER.matcher(text).replaceAll("(number)");
    }
}
