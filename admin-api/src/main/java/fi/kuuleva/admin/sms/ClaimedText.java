package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.sms.smpp.OutgoingSms;
import fi.kuuleva.campaign.PhoneNumber;

/** A text claimed for sending (state SENDING, committed): {@code tries} counts this submit. */
public record ClaimedText(long id, long campaignId, long respondentId, TextKind kind, String body, int tries,
                          PhoneNumber to) {

    public OutgoingSms sms() {
        return new OutgoingSms(to, body);
    }
}
