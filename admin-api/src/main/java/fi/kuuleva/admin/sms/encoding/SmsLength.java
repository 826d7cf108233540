package fi.kuuleva.admin.sms.encoding;

/**
 * How long a text is as an SMS: its encoding, its length in that encoding's characters (a GSM extension character
 * counts two, a UCS-2 character outside the basic plane two) and the segments it takes. A text of several segments is
 * split as handsets and SMS centres split it: an escape pair or a surrogate pair is never cut between two parts, so
 * it may take one part more than its length alone says. Pure.
 */
public record SmsLength(SmsEncoding encoding, int characters, int segments) {

    public static SmsLength of(String text) {
        SmsEncoding encoding = SmsEncoding.of(text);
        int characters = 0;
        int parts = 1;
        int inPart = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int units = encoding == SmsEncoding.GSM_7
                    ? GsmAlphabet.septets(Character.toString(codePoint)).orElseThrow()
                    : Character.charCount(codePoint);
            if (inPart + units > encoding.perPart()) {
                parts++;
                inPart = 0;
            }
            inPart += units;
            characters += units;
            i += Character.charCount(codePoint);
        }
        return new SmsLength(encoding, characters, characters <= encoding.single() ? 1 : parts);
    }

    /** The most characters that fit in {@code segments} segments of this encoding (fewer if a pair is at a cut). */
    public int limit(int segments) {
        return segments <= 1 ? encoding.single() : encoding.perPart() * segments;
    }
}
