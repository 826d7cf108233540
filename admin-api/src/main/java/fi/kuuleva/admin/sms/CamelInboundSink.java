package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.sms.smpp.Inbound;
import fi.kuuleva.admin.sms.smpp.InboundSink;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * Hands what the SMSC delivers to the {@code sms-inbound} route and waits for it to be stored, so that the SMSC is
 * acknowledged only then. The CamelContext is looked up on first use (it is built from the routes, which send through
 * the gateway that calls this). Thread-safe.
 */
@Singleton
@Requires(property = "kuuleva.sms.enabled", value = "true")
class CamelInboundSink implements InboundSink {

    private final BeanProvider<CamelContext> camel;
    private volatile ProducerTemplate template;

    CamelInboundSink(BeanProvider<CamelContext> camel) {
        this.camel = camel;
    }

    @Override
    public void take(Inbound inbound) {
        if (!camel.isPresent()) {
            throw new IllegalStateException("Camel is off (kuuleva.camel.enabled: false): nothing can be stored");
        }
        if (template == null) {
            template = camel.get().createProducerTemplate();
        }
        template.sendBody(TextRoutes.INBOUND, inbound);
    }
}
