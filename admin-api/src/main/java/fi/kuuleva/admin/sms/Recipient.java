package fi.kuuleva.admin.sms;

import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.survey.Language;

/** A respondent a text may be planned for: their number and register language (null when none is known). */
public record Recipient(long respondentId, PhoneNumber phone, Language language) {
}
