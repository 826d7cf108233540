package fi.kuuleva.admin.sms.encoding;

/**
 * How long a text is as an SMS: its encoding, its length in that encoding's characters (a GSM extension character
 * counts two, a UCS-2 character outside the basic plane two) and the segments it takes. Pure.
 */
public record SmsLength(SmsEncoding encoding, int characters, int segments) {

    public static SmsLength of(String text) {
        SmsEncoding encoding = SmsEncoding.of(text);
        int characters = encoding == SmsEncoding.GSM_7 ? GsmAlphabet.septets(text).orElseThrow() : text.length();
        int segments = characters <= encoding.single() ? 1 : (characters + encoding.perPart() - 1) / encoding.perPart();
        return new SmsLength(encoding, characters, segments);
    }

    /** The most characters that fit in {@code segments} segments of this encoding. */
    public int limit(int segments) {
        return segments <= 1 ? encoding.single() : encoding.perPart() * segments;
    }
}
