package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.ProblemError;
import fi.kuuleva.admin.sms.encoding.SmsLength;
import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.campaign.respondents.PhoneNumbers;
import fi.kuuleva.campaign.respondents.ValidPhone;
import fi.kuuleva.survey.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads a validated {@link CampaignTextsBody} into {@link CampaignTexts}: each text in fi (required), sv or en, with
 * no placeholder but {@code {date}} and {@code {number}}, fitting {@code maxSegments} SMS (default 2) once its
 * placeholders are filled with the widest date and the call-back number. Every problem is a 400 at its JSON path.
 * Pure.
 */
public final class CampaignTextsForm {

    static final int DEFAULT_SEGMENTS = 2;
    static final int MAX_TEXT = 1000;

    private CampaignTextsForm() {
    }

    public static CampaignTexts read(CampaignTextsBody body, Optional<PhoneNumber> configuredCallBack) {
        List<ProblemError> errors = new ArrayList<>();
        int segments = body.maxSegments() == null ? DEFAULT_SEGMENTS : body.maxSegments();
        Optional<PhoneNumber> own = Optional.empty();
        if (body.callBackNumber() != null) {
            if (PhoneNumbers.check(body.callBackNumber()) instanceof ValidPhone valid) {
                own = Optional.of(valid.number());
            } else {
                errors.add(ProblemError.at("$.callBackNumber", "not a phone number"));
            }
        }
        Optional<PhoneNumber> callBack = own.or(() -> configuredCallBack);
        Optional<TextSet> preNotice = body.preNotice() == null ? Optional.empty()
                : texts("$.preNotice.texts", body.preNotice().texts(), segments, callBack, errors);
        Optional<TextSet> followUp = body.followUp() == null ? Optional.empty()
                : texts("$.followUp.texts", body.followUp().texts(), segments, callBack, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(String.join("; ", errors.stream().map(e -> e.path() + ": " + e.message())
                    .toList()), errors);
        }
        return new CampaignTexts(segments, own, preNotice,
                Duration.ofHours(body.preNotice() == null ? 24 : body.preNotice().leadHours()), followUp,
                body.followUp() == null ? 2 : body.followUp().afterAttempts());
    }

    private static Optional<TextSet> texts(String path, Map<String, String> byCode, int segments,
                                           Optional<PhoneNumber> callBack, List<ProblemError> errors) {
        int before = errors.size();
        if (!byCode.containsKey("fi")) {
            errors.add(ProblemError.at(path + ".fi", "is required: the text in Finnish"));
        }
        for (Map.Entry<String, String> entry : new TreeMap<>(byCode).entrySet()) {
            String at = path + "." + entry.getKey();
            Optional<String> problem = Language.fromCode(entry.getKey()).isEmpty()
                    ? Optional.of("not a language of the texts (use fi, sv or en)")
                    : problem(entry.getValue(), segments, callBack);
            problem.ifPresent(message -> errors.add(ProblemError.at(at, message)));
        }
        return errors.size() == before ? Optional.of(TextSet.ofCodes(byCode)) : Optional.empty();
    }

    /** What is wrong with one text, if anything. */
    static Optional<String> problem(String text, int segments, Optional<PhoneNumber> callBack) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return Optional.of("must be 1 to " + MAX_TEXT + " characters");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            return Optional.of("must not contain control characters other than line breaks");
        }
        if (!TextTemplate.unknownPlaceholders(text).isEmpty()) {
            return Optional.of("unknown placeholder " + String.join(", ", TextTemplate.unknownPlaceholders(text))
                    + " (use " + TextTemplate.DATE + " and " + TextTemplate.NUMBER + ")");
        }
        if (text.contains(TextTemplate.NUMBER) && callBack.isEmpty()) {
            return Optional.of("uses " + TextTemplate.NUMBER + " but no callBackNumber is set for the campaign"
                    + " or configured (kuuleva.sms.call-back-number)");
        }
        String widest = TextTemplate.render(text, TextTemplate.WIDEST_DATE,
                callBack.map(MobileNumbers::written).orElse(""));
        SmsLength length = SmsLength.of(widest);
        if (length.segments() > segments) {
            return Optional.of("takes " + length.segments() + " SMS: " + length.characters() + " characters in "
                    + (length.encoding().name().equals("GSM_7") ? "GSM 7-bit" : "UCS-2 (a character outside the"
                    + " GSM alphabet)") + ", at most " + length.limit(segments) + " fit in " + segments);
        }
        return Optional.empty();
    }
}
