package fi.kuuleva.admin.sms.encoding;

import java.nio.charset.StandardCharsets;

/**
 * How a text travels: the GSM 7-bit default alphabet when every character is in it, else UCS-2 (UTF-16). Each has
 * its SMPP data_coding and its segment sizes (a single message, and each part of a concatenated one, whose header
 * takes the rest).
 */
public enum SmsEncoding {
    GSM_7((byte) 0x00, 160, 153),
    UCS_2((byte) 0x08, 70, 67);

    private final byte dataCoding;
    private final int single;
    private final int perPart;

    SmsEncoding(byte dataCoding, int single, int perPart) {
        this.dataCoding = dataCoding;
        this.single = single;
        this.perPart = perPart;
    }

    /** The encoding the text needs: GSM 7-bit if it can, UCS-2 otherwise. */
    public static SmsEncoding of(String text) {
        return GsmAlphabet.septets(text).isPresent() ? GSM_7 : UCS_2;
    }

    /** The SMPP data_coding octet: 0 (SMSC default alphabet) or 8 (UCS-2). */
    public byte dataCoding() {
        return dataCoding;
    }

    /** Characters (septets or UTF-16 units) that fit in one message. */
    public int single() {
        return single;
    }

    /** Characters in each part of a message of several segments. */
    public int perPart() {
        return perPart;
    }

    public byte[] encode(String text) {
        return this == GSM_7 ? GsmAlphabet.encode(text) : text.getBytes(StandardCharsets.UTF_16BE);
    }

    /** The text of a message received with this encoding. */
    public String decode(byte[] bytes) {
        return this == GSM_7 ? GsmAlphabet.decode(bytes) : new String(bytes, StandardCharsets.UTF_16BE);
    }

    /** The encoding of an SMPP data_coding octet: 8 is UCS-2, anything else read as the default alphabet. */
    public static SmsEncoding ofDataCoding(byte dataCoding) {
        return dataCoding == UCS_2.dataCoding ? UCS_2 : GSM_7;
    }
}
