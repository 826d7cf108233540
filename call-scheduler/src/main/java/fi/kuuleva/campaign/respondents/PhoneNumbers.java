package fi.kuuleva.campaign.respondents;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import fi.kuuleva.campaign.PhoneNumber;
import java.util.Optional;

/**
 * Normalizes numbers as officers and registers write them ("040 123 4567", "+358 40 1234567", "00358...") to E.164
 * with libphonenumber, Finland by default. Mobile and fixed-line numbers pass; service numbers (premium rate,
 * toll free, national and corporate numbers, pagers) do not. The raw text is checked first ({@link PhoneCharacters}):
 * a letter, an extension or any other character is refused, never read as a keypad letter. Thread-safe.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String HOME_REGION = "FI";
    private static final int HOME_COUNTRY_CODE = 358;

    private PhoneNumbers() {
    }

    public static PhoneCheck check(String raw) {
        if (raw == null || raw.isBlank()) {
            return new InvalidPhone("the phone number is empty");
        }
        Optional<String> written = PhoneCharacters.problem(raw);
        if (written.isPresent()) {
            return new InvalidPhone(written.get());
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(raw, HOME_REGION);
        } catch (NumberParseException e) {
            return new InvalidPhone("not a phone number");
        }
        return switch (UTIL.getNumberType(parsed)) {
            case MOBILE, FIXED_LINE, FIXED_LINE_OR_MOBILE -> new ValidPhone(
                    new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164)), abroad(parsed));
            case PREMIUM_RATE -> new InvalidPhone("a premium-rate service number, not a person's phone");
            case TOLL_FREE -> new InvalidPhone("a toll-free service number, not a person's phone");
            case SHARED_COST, UAN -> new InvalidPhone("a company or service number, not a person's phone");
            case VOICEMAIL -> new InvalidPhone("a voicemail access number");
            case PAGER -> new InvalidPhone("a pager number");
            case VOIP, PERSONAL_NUMBER -> new InvalidPhone("not a mobile or fixed-line number");
            case UNKNOWN -> new InvalidPhone("not a valid phone number (wrong length or prefix)");
        };
    }

    /** Finland and Åland share +358; anything else is abroad. */
    private static Optional<String> abroad(Phonenumber.PhoneNumber parsed) {
        if (parsed.getCountryCode() == HOME_COUNTRY_CODE) {
            return Optional.empty();
        }
        String region = UTIL.getRegionCodeForNumber(parsed);
        return Optional.of("a number abroad (" + region + "): calls go through the Finnish trunk");
    }
}
