package fi.kuuleva.admin.sms;

import fi.kuuleva.campaign.PhoneNumber;
import java.time.Duration;
import java.util.Optional;

/**
 * A campaign's texts: the pre-notice sent {@code lead} before the first call, the follow-up after
 * {@code followUpAfter} attempts that did not reach the resident, each at most {@code maxSegments} SMS long, and the
 * number their {@code {number}} gives (the configured inbound line when the campaign names none).
 */
public record CampaignTexts(int maxSegments, Optional<PhoneNumber> callBackNumber, Optional<TextSet> preNotice,
                            Duration lead, Optional<TextSet> followUp, int followUpAfter) {

    public Optional<TextSet> text(TextKind kind) {
        return kind == TextKind.PRE_NOTICE ? preNotice : followUp;
    }
}
