package fi.kuuleva.admin.sms;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * A campaign's texts as read back: the body's shape, plus whether texts are switched on in this service
 * ({@code kuuleva.sms.enabled}) and the call-back number in use (the campaign's, else the configured one).
 */
@Serdeable
public record CampaignTextsView(boolean enabled, int maxSegments, @Nullable String callBackNumber,
                                @Nullable String callBackNumberInUse, @Nullable Notice preNotice,
                                @Nullable FollowUp followUp) {

    @Serdeable
    public record Notice(int leadHours, Map<String, String> texts) {
    }

    @Serdeable
    public record FollowUp(int afterAttempts, Map<String, String> texts) {
    }

    static CampaignTextsView of(boolean enabled, CampaignTexts texts, SmsConfig config) {
        return new CampaignTextsView(enabled, texts.maxSegments(),
                texts.callBackNumber().map(n -> n.e164()).orElse(null),
                texts.callBackNumber().or(config::callBack).map(n -> n.e164()).orElse(null),
                texts.preNotice().map(set -> new Notice((int) texts.lead().toHours(), set.byCode())).orElse(null),
                texts.followUp().map(set -> new FollowUp(texts.followUpAfter(), set.byCode())).orElse(null));
    }
}
