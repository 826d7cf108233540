package fi.kuuleva.admin.sms.encoding;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The GSM 03.38 default alphabet and its extension table, one septet per byte (unpacked, as SMPP carries it with
 * data_coding 0): {@code €} and {@code [ ] { } \ ~ ^ |} take an escape septet and so count twice. Pure, thread-safe.
 */
public final class GsmAlphabet {

    /** The basic table: the character at index {@code i} is septet {@code i}; 0x1B is the escape. */
    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    static final int ESCAPE = 0x1B;
    /** The extension table: character and its septet after the escape. */
    private static final String EXTENDED = "\f^{}\\[~]|€";
    private static final int[] EXTENDED_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private GsmAlphabet() {
    }

    /** Septets the text takes in the default alphabet; empty when a character is not in it. */
    public static Optional<Integer> septets(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ESCAPE && BASIC.indexOf(c) >= 0) {
                count++;
            } else if (EXTENDED.indexOf(c) >= 0) {
                count += 2;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(count);
    }

    /** The text as unpacked septets; throws {@link IllegalArgumentException} for a character outside the alphabet. */
    public static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int basic = c == ESCAPE ? -1 : BASIC.indexOf(c);
            int extended = EXTENDED.indexOf(c);
            if (basic >= 0) {
                out.write(basic);
            } else if (extended >= 0) {
                out.write(ESCAPE);
                out.write(EXTENDED_CODES[extended]);
            } else {
                throw new IllegalArgumentException("not in the GSM 7-bit alphabet: U+" + Integer.toHexString(c));
            }
        }
        return out.toByteArray();
    }

    /** Unpacked septets as text; an unknown extension septet reads as a space, as handsets show it. */
    public static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int septet = septets[i] & 0x7F;
            if (septet == ESCAPE && i + 1 < septets.length) {
                int code = septets[++i] & 0x7F;
                text.append(extended(code));
            } else {
                text.append(BASIC.charAt(septet));
            }
        }
        return text.toString();
    }

    private static char extended(int code) {
        for (int i = 0; i < EXTENDED_CODES.length; i++) {
            if (EXTENDED_CODES[i] == code) {
                return EXTENDED.charAt(i);
            }
        }
        return ' ';
    }
}
