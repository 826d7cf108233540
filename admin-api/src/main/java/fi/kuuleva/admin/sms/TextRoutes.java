package fi.kuuleva.admin.sms;

import fi.kuuleva.admin.report.camel.KuulevaRoutes;
import fi.kuuleva.admin.sms.smpp.SmppGateway;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * The campaign texts over SMPP. {@code sms-plan} queues pre-notices and follow-ups; {@code sms-send} binds to the
 * SMSC, claims the due texts (committed before any submit), submits each and records what became of it;
 * {@code sms-inbound} stores the receipts and replies the SMSC delivers. Every submit's outcome is a value, never an
 * exception, so the shared error handler's redeliveries never submit a text twice.
 */
@Singleton
@Requires(property = "kuuleva.sms.enabled", value = "true")
class TextRoutes extends KuulevaRoutes {

    static final String INBOUND = "direct:sms-inbound";
    static final String TEXT = "KuulevaText";

    private final TextPlanner planner;
    private final TextOutbox outbox;
    private final SmppGateway gateway;
    private final InboundTexts inbound;
    private final SmsConfig config;

    TextRoutes(TextPlanner planner, TextOutbox outbox, SmppGateway gateway, InboundTexts inbound, SmsConfig config) {
        this.planner = planner;
        this.outbox = outbox;
        this.gateway = gateway;
        this.inbound = inbound;
        this.config = config;
    }

    @Override
    protected void routes() {
        from(timer("sms-plan").period(config.planEvery().toMillis())).routeId("sms-plan")
                .bean(planner, "planAll()").id("plan");

        from(timer("sms-send").period(config.sendEvery().toMillis())).routeId("sms-send")
                .filter(method(gateway, "bound")).id("bind")
                .bean(outbox, "claimDue()").id("claim")
                .split(body())
                    .setHeader(TEXT, body())
                    .transform(simple("${body.sms()}"))
                    .bean(gateway, "submit").id("submit")
                    .bean(outbox, "submitted(${header." + TEXT + "}, ${body})").id("record")
                .end();

        from(INBOUND).routeId("sms-inbound")
                .bean(inbound, "take(${body})").id("store");
    }
}
