package fi.kuuleva.campaign.respondents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the bytes of an officer's file: UTF-8 with or without a byte-order mark when they are valid UTF-8, and
 * otherwise Windows-1252 (what Excel and older register exports write in Finland; a superset of Latin-1 for
 * printable text, so "Åke Mäkelä" comes out right either way).
 */
final class Encodings {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Encodings() {
    }

    /**
     * UTF-16 (Excel's "Unicode text") is not read; the officer is asked to save as CSV instead. Without a byte-order
     * mark it is told by its zero bytes: in the first 512 bytes, at least a quarter of the even or of the odd
     * positions are 0 and the other positions (almost) never, which no UTF-8 or Windows-1252 text is.
     */
    static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return true;
        }
        int pairs = Math.min(bytes.length, 512) / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs; i++) {
            evenZeros += bytes[2 * i] == 0 ? 1 : 0;
            oddZeros += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        return pairs >= 2 && (evenZeros * 4 >= pairs && oddZeros * 20 < pairs
                || oddZeros * 4 >= pairs && evenZeros * 20 < pairs);
    }

    static DecodedText decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF;
        int skip = bom ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            return new DecodedText(text, bom ? "UTF-8 with BOM" : "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
    }
}
