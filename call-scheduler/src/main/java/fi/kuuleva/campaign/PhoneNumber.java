package fi.kuuleva.campaign;

import java.util.regex.Pattern;

/**
 * A respondent's number in E.164 form ({@code +358401234567}); the stable key of a respondent within a campaign.
 * {@link #toString()} is masked so that a number never reaches a log by accident; use {@link #e164()} to dial.
 */
public record PhoneNumber(String e164) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    public PhoneNumber {
        if (e164 == null || !E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 number");
        }
    }

    /** {@code +35840*****67}: country code and prefix, then only the last two digits. */
    public String masked() {
        int hidden = e164.length() - 8;
        return e164.substring(0, 6) + "*".repeat(Math.max(hidden, 0)) + e164.substring(e164.length() - 2);
    }

    @Override
    public String toString() {
        return masked();
    }
}
