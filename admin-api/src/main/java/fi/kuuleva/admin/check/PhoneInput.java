package fi.kuuleva.admin.check;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.campaign.respondents.InvalidPhone;
import fi.kuuleva.campaign.respondents.PhoneCheck;
import fi.kuuleva.campaign.respondents.PhoneNumbers;
import fi.kuuleva.campaign.respondents.ValidPhone;
import java.util.regex.Pattern;

/** A phone number typed by an officer, as E.164: written as stored, or normalized as imports normalize it. Pure. */
public final class PhoneInput {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private PhoneInput() {
    }

    /** The number in E.164; a 400 problem at {@code path} when it is none. */
    public static String e164(String raw, String path) {
        if (raw == null || raw.isBlank()) {
            throw ApiProblem.badRequest(path, "is required");
        }
        String compact = raw.replaceAll("[\\s-]", "");
        if (E164.matcher(compact).matches()) {
            return compact;
        }
        PhoneCheck check = PhoneNumbers.check(raw);
        if (check instanceof ValidPhone valid) {
            return valid.number().e164();
        }
        throw ApiProblem.badRequest(path, ((InvalidPhone) check).reason());
    }
}
