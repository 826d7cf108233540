package fi.kuuleva.smsc;

/**
 * How the simulator reads a submitted text: the bytes of a submit_sm (short_message or message_payload) as its SMPP
 * data_coding says, e.g. the service's own GSM 03.38 / UCS-2 reading. Called on jsmpp's session threads.
 */
@FunctionalInterface
public interface TextDecoder {

    String decode(byte dataCoding, byte[] bytes);
}
