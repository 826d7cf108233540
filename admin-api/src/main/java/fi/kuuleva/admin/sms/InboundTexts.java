package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.audit.Auditor;
import fi.kuuleva.admin.optout.DoNotCallSource;
import fi.kuuleva.admin.optout.DoNotCallStore;
import fi.kuuleva.admin.sms.smpp.Inbound;
import fi.kuuleva.campaign.respondents.PhoneNumbers;
import fi.kuuleva.campaign.respondents.ValidPhone;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SMSC delivers, stored: a receipt ends its text DELIVERED or UNDELIVERED (queued again while tries are
 * left), and one that comes
 * before its submit is stored is refused for the SMSC to deliver again; a stop-word reply ({@link StopWords}) lists the number do-not-call, which closes its pending respondents
 * and cancels its queued texts. Other replies are not kept. Thread-safe.
 */
@Singleton
@Requires(property = "kuuleva.sms.enabled", value = "true")
public class InboundTexts {

    private static final Logger LOG = LoggerFactory.getLogger(InboundTexts.class);

    private final TextMessageStore messages;
    private final DoNotCallStore doNotCall;
    private final Auditor audit;
    private final SmsConfig config;
    private final Clock clock;

    InboundTexts(TextMessageStore messages, DoNotCallStore doNotCall, Auditor audit, SmsConfig config, Clock clock) {
        this.messages = messages;
        this.doNotCall = doNotCall;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public void take(Inbound inbound) {
        take(inbound, clock.instant());
    }

    /**
     * A receipt that matched no submitted text: it may have come before the submit it answers was stored. While a
     * text is being submitted the SMSC is asked to deliver it again; otherwise it is matched once more (each
     * statement sees what was committed before it, so a submit stored in between is found) or dropped.
     */
    private Optional<long[]> unmatched(Inbound.Receipt receipt, String detail, Instant now) {
        if (messages.anySending()) {
            throw new IllegalStateException("a receipt before its text's submit was stored: deliver it again");
        }
        Optional<long[]> text = messages.receipt(receipt.smscId(), receipt.delivered(), detail, now);
        if (text.isEmpty()) {
            LOG.info("a receipt for no submitted text ({})", receipt.status());
        }
        return text;
    }

    @Transactional
    public void take(Inbound inbound, Instant now) {
        if (inbound instanceof Inbound.Receipt receipt) {
            String detail = receipt.delivered() ? null
                    : "not delivered (" + receipt.status() + ", error " + receipt.error() + ")";
            Optional<long[]> text = messages.receipt(receipt.smscId(), receipt.delivered(), detail, now);
            if (text.isEmpty()) {
                text = unmatched(receipt, detail, now);
            }
            text.filter(stored -> !receipt.delivered()).ifPresent(stored -> config.retry()
                    .next((int) stored[1], now).ifPresent(due ->
                            messages.requeue(stored[0], due, detail + "; to be tried again")));
        } else if (inbound instanceof Inbound.Reply reply) {
            if (StopWords.isStop(reply.text()) && PhoneNumbers.check(reply.fromE164()) instanceof ValidPhone valid) {
                String phone = valid.number().e164();
                boolean added = doNotCall.add(phone, "replied '" + reply.text().strip() + "' to a text",
                        DoNotCallSource.TEXT, now);
                audit.record("resident", "do-not-call.add", "do-not-call",
                        Map.of("phone", Auditor.masked(phone), "source", DoNotCallSource.TEXT.name(), "new", added));
            } else {
                LOG.info("a reply that is not a stop word, not kept");
            }
        }
    }
}
