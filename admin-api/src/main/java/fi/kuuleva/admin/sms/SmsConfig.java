package fi.kuuleva.admin.sms;

import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.campaign.respondents.PhoneNumbers;
import fi.kuuleva.campaign.respondents.ValidPhone;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Optional;

/**
 * Campaign texts ({@code kuuleva.sms}): off unless {@code enabled}. Due texts are sent every {@code sendEvery}, at
 * most {@code batch} at a time; texts to plan (new respondents, follow-ups) are looked for every {@code planEvery}.
 * A text that did not reach the resident is tried up to {@code maxTries} times, {@code retryDelay} apart; one left
 * mid-submit longer than {@code staleAfter} is UNCERTAIN. {@code callBackNumber}: the number texts give to call back
 * when the campaign names none (the inbound line).
 */
@ConfigurationProperties("kuuleva.sms")
public record SmsConfig(@Bindable(defaultValue = "false") boolean enabled,
                        @Bindable(defaultValue = "10s") Duration sendEvery,
                        @Bindable(defaultValue = "60s") Duration planEvery,
                        @Bindable(defaultValue = "50") int batch,
                        @Bindable(defaultValue = "3") int maxTries,
                        @Bindable(defaultValue = "30m") Duration retryDelay,
                        @Bindable(defaultValue = "2m") Duration staleAfter,
                        @Nullable String callBackNumber) {

    /** The configured call-back number in E.164; empty when none is set or it is not a phone number. */
    public Optional<PhoneNumber> callBack() {
        return callBackNumber == null ? Optional.empty()
                : PhoneNumbers.check(callBackNumber) instanceof ValidPhone valid ? Optional.of(valid.number())
                : Optional.empty();
    }

    public TextRetry retry() {
        return new TextRetry(maxTries, retryDelay);
    }
}
