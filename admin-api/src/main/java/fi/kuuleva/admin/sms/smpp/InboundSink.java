package fi.kuuleva.admin.sms.smpp;

/**
 * Port: takes what the SMSC delivers. Called on jsmpp's PDU-processing threads, one at a time per PDU; the SMSC is
 * acknowledged after it returns, and asked to deliver again when it throws, so it should store before returning.
 */
@FunctionalInterface
public interface InboundSink {

    void take(Inbound inbound);
}
