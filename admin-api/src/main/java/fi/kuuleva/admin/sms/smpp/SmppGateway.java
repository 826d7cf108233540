package fi.kuuleva.admin.sms.smpp;

import fi.kuuleva.admin.sms.encoding.SmsEncoding;
import fi.kuuleva.admin.sms.encoding.SmsLength;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transceiver session with the SMSC, bound on first use and again after it drops: submits texts with a
 * delivery receipt requested and passes receipts and replies to the {@link InboundSink}. A text of one segment
 * travels in short_message, a longer one in message_payload (the SMSC splits it and sends one receipt). Never
 * throws from {@link #submit}: the outcome says whether the text may have left. Thread-safe (submits one at a time).
 */
@Singleton
public class SmppGateway {

    private static final Logger LOG = LoggerFactory.getLogger(SmppGateway.class);

    private final SmppConfig config;
    private final DeliveryListener listener;
    private SMPPSession session;

    public SmppGateway(SmppConfig config, InboundSink sink) {
        this.config = config;
        this.listener = new DeliveryListener(sink);
    }

    /** Binds when not bound, so that receipts and replies arrive even while nothing is sent; false if it cannot. */
    public synchronized boolean bound() {
        if (session != null && session.getSessionState().isBound()) {
            return true;
        }
        close();
        String secret = config.secret();
        if (secret.length() > SmppConfig.MAX_PASSWORD) {
            LOG.warn("the SMPP password is longer than the protocol's {} characters: not binding",
                    SmppConfig.MAX_PASSWORD);
            return false;
        }
        SMPPSession next = new SMPPSession();
        next.setTransactionTimer(config.timeout().toMillis());
        next.setEnquireLinkTimer((int) config.enquireLink().toMillis());
        next.setMessageReceiverListener(listener);
        try {
            next.connectAndBind(config.host(), config.port(), new BindParameter(BindType.BIND_TRX, config.systemId(),
                    secret, config.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    config.timeout().toMillis());
            session = next;
            LOG.info("bound to the SMSC {}", config);
            return true;
        } catch (IOException e) {
            next.close();
            String reason = String.valueOf(e.getMessage());
            LOG.warn("cannot bind to the SMSC {}: {}", config, secret.isEmpty() ? reason : reason.replace(secret, "***"));
            return false;
        }
    }

    public synchronized SubmitOutcome submit(OutgoingSms sms) {
        if (!bound()) {
            return new SubmitOutcome.NotSent("the SMSC cannot be reached");
        }
        SmsEncoding encoding = SmsLength.of(sms.text()).encoding();
        byte[] bytes = encoding.encode(sms.text());
        boolean single = SmsLength.of(sms.text()).segments() == 1;
        boolean numeric = config.sourceAddress().matches("\\+?[0-9]{3,15}");
        try {
            String id = session.submitShortMessage(config.systemType(),
                    numeric ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.ALPHANUMERIC,
                    numeric ? NumberingPlanIndicator.ISDN : NumberingPlanIndicator.UNKNOWN,
                    config.sourceAddress().replace("+", ""),
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, sms.to().e164().substring(1),
                    new ESMClass(), (byte) 0, (byte) 1, null, null,
                    new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                    DataCodings.newInstance(encoding.dataCoding()), (byte) 0, single ? bytes : new byte[0],
                    single ? new OptionalParameter[0] : new OptionalParameter[] {
                        new OptionalParameter.OctetString(OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), bytes)})
                    .getMessageId();
            return new SubmitOutcome.Accepted(id);
        } catch (NegativeResponseException e) {
            return new SubmitOutcome.NotSent("refused by the SMSC (status " + e.getCommandStatus() + ")");
        } catch (PDUException e) {
            return new SubmitOutcome.NotSent("not a valid message: " + e.getMessage());
        } catch (ResponseTimeoutException | InvalidResponseException e) {
            close();
            return new SubmitOutcome.Unknown("no valid answer from the SMSC: " + e.getMessage());
        } catch (IOException e) {
            close();
            return new SubmitOutcome.Unknown("the connection failed while sending: " + e.getMessage());
        }
    }

    @PreDestroy
    public synchronized void close() {
        if (session != null) {
            session.unbindAndClose();
            session = null;
        }
    }
}
