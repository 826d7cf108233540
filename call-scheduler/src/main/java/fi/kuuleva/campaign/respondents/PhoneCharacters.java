package fi.kuuleva.campaign.respondents;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The characters a phone number may be written with, checked on the raw text before libphonenumber reads it (which
 * would read letters as a keypad's, so "040 12O 4567" became someone else's number): digits 0-9, spaces, {@code -},
 * {@code (}, {@code )}, {@code /}, and a {@code +} only at the start. Anything else, an extension ("ext. 12")
 * included, is refused with the character and its position, never with the number. Pure.
 */
final class PhoneCharacters {

    private static final Pattern EXTENSION = Pattern.compile(
            "(?iu).*\\d.*?(\\b(ext|extension|x|alanumero|anknytning|ankn|lisänumero)\\.?|#)\\s*\\d+\\s*$");

    private PhoneCharacters() {
    }

    /** Why {@code raw} is not written as a phone number, or empty when every character is allowed. */
    static Optional<String> problem(String raw) {
        String text = raw.strip();
        if (EXTENSION.matcher(text).matches()) {
            return Optional.of("an extension cannot be dialled: give the number without it");
        }
        int offset = raw.indexOf(text.isEmpty() ? raw : text);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '-'
                    || c == '(' || c == ')' || c == '/' || (c == '+' && i == 0);
            if (!allowed) {
                return Optional.of(describe(c) + " at character " + (offset + i + 1) + ": a phone number has only"
                        + " digits, spaces, -, (, ), / and a leading + (was a digit mistyped?)");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static String describe(int c) {
        if (Character.isLetter(c)) {
            return "a letter (" + new String(Character.toChars(c)) + ")";
        }
        if (c == '+') {
            return "a + that is not at the start";
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c) || !Character.isDefined(c)) {
            return String.format("the character U+%04X", c);
        }
        return "the character '" + new String(Character.toChars(c)) + "'";
    }
}
