package fi.kuuleva.admin.sms.smpp;

import fi.kuuleva.campaign.PhoneNumber;

/** A text to submit: the resident's number and the message, encoded by the gateway as the text needs. */
public record OutgoingSms(PhoneNumber to, String text) {
}
