package fi.kuuleva.admin.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import fi.kuuleva.campaign.PhoneNumber;

/**
 * Which numbers may be texted (libphonenumber's number type: only MOBILE, so landlines and numbers that could be
 * either are never texted) and how a number is written in a text (national form for Finnish numbers). Thread-safe.
 */
public final class MobileNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private MobileNumbers() {
    }

    public static boolean isMobile(PhoneNumber number) {
        return UTIL.getNumberType(parse(number.e164())) == PhoneNumberType.MOBILE;
    }

    /** {@code +358 9 1234 567} as a Finn writes it, {@code 09 1234567}; a number abroad in international form. */
    public static String written(PhoneNumber number) {
        Phonenumber.PhoneNumber parsed = parse(number.e164());
        return UTIL.format(parsed, parsed.getCountryCode() == 358 ? PhoneNumberFormat.NATIONAL
                : PhoneNumberFormat.INTERNATIONAL);
    }

    private static Phonenumber.PhoneNumber parse(String e164) {
        try {
            return UTIL.parse(e164, "FI");
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number", e);
        }
    }
}
