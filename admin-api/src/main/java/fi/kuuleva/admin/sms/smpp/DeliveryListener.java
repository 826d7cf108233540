package fi.kuuleva.admin.sms.smpp;

import fi.kuuleva.admin.sms.encoding.SmsEncoding;
import fi.kuuleva.campaign.respondents.PhoneNumbers;
import fi.kuuleva.campaign.respondents.ValidPhone;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * Turns each deliver_sm into an {@link Inbound} and hands it to the sink; a failure of the sink answers with a
 * temporary error so that the SMSC delivers again. Runs on jsmpp's PDU-processing threads; holds no state.
 */
final class DeliveryListener implements MessageReceiverListener {

    private final InboundSink sink;

    DeliveryListener(InboundSink sink) {
        this.sink = sink;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        Inbound inbound;
        if (deliverSm.isSmscDeliveryReceipt()) {
            try {
                DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                DeliveryReceiptState state = receipt.getFinalStatus();
                inbound = new Inbound.Receipt(receipt.getId(), state == DeliveryReceiptState.DELIVRD,
                        String.valueOf(state), receipt.getError());
            } catch (InvalidDeliveryReceiptException e) {
                throw new ProcessRequestException("not a delivery receipt", SMPPConstant.STAT_ESME_RSYSERR, e);
            }
        } else {
            inbound = new Inbound.Reply(sender(deliverSm), text(deliverSm));
        }
        try {
            sink.take(inbound);
        } catch (RuntimeException e) {
            throw new ProcessRequestException("not stored, try again", SMPPConstant.STAT_ESME_RX_T_APPN, e);
        }
    }

    /** The sender in E.164 when it reads as a number (international, or national in Finland). */
    static String sender(DeliverSm deliverSm) {
        String address = deliverSm.getSourceAddr();
        String written = deliverSm.getSourceAddrTon() == TypeOfNumber.INTERNATIONAL.value()
                && !address.startsWith("+") ? "+" + address : address;
        return PhoneNumbers.check(written) instanceof ValidPhone valid ? valid.number().e164() : address;
    }

    private static String text(DeliverSm deliverSm) {
        byte[] bytes = deliverSm.getShortMessage();
        if (bytes == null || bytes.length == 0) {
            OptionalParameter payload = deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
            bytes = payload instanceof OptionalParameter.OctetString octets ? octets.getValue() : new byte[0];
        }
        return SmsEncoding.ofDataCoding(deliverSm.getDataCoding()).decode(bytes);
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // Nothing waits for a handset to come back: undelivered texts are retried by their own schedule.
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not used", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
