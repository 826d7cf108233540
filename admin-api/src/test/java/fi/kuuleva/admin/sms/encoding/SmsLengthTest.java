package fi.kuuleva.admin.sms.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsLengthTest {

    @ParameterizedTest(name = "{0} characters of ''{1}'' -> {2} {3}, {4} segment(s)")
    @CsvSource({
            "160, a, GSM_7, 160, 1",
            "161, a, GSM_7, 161, 2",
            "306, a, GSM_7, 306, 2",
            "307, a, GSM_7, 307, 3",
            "80, €, GSM_7, 160, 1",
            "81, €, GSM_7, 162, 2",
            "70, š, UCS_2, 70, 1",
            "71, š, UCS_2, 71, 2",
            "134, š, UCS_2, 134, 2",
            "135, š, UCS_2, 135, 3",
            "160, ä, GSM_7, 160, 1",
            "160, Å, GSM_7, 160, 1"})
    void segmentsAtTheBoundaries(int repeat, String character, SmsEncoding encoding, int characters, int segments) {
        assertEquals(new SmsLength(encoding, characters, segments), SmsLength.of(character.repeat(repeat)));
    }

    @Test
    void aPairIsNeverCutBetweenTwoParts() {
        assertEquals(new SmsLength(SmsEncoding.GSM_7, 306, 2), SmsLength.of("a".repeat(153) + "€" + "a".repeat(151)));
        assertEquals(new SmsLength(SmsEncoding.GSM_7, 306, 3), SmsLength.of("a".repeat(152) + "€" + "a".repeat(152)),
                "the escape and its character go to the second part, which then overflows");
        assertEquals(new SmsLength(SmsEncoding.UCS_2, 134, 2), SmsLength.of("š".repeat(67) + "🙂" + "š".repeat(65)));
        assertEquals(new SmsLength(SmsEncoding.UCS_2, 134, 3), SmsLength.of("š".repeat(66) + "🙂" + "š".repeat(66)),
                "the surrogate pair goes to the second part");
        assertEquals(new SmsLength(SmsEncoding.GSM_7, 160, 1), SmsLength.of("a".repeat(152) + "€".repeat(4)),
                "one segment holds 160 septets whatever their pairs");
    }

    @Test
    void oneCharacterOutsideTheAlphabetMakesTheWholeTextUcs2() {
        String finnish = "Hyvä asukas, Pirkkalan kunta soittaa teille huomenna.";
        assertEquals(SmsEncoding.GSM_7, SmsLength.of(finnish).encoding());
        SmsLength withAccent = SmsLength.of(finnish + " Tervetuloa, Šárka!");
        assertEquals(SmsEncoding.UCS_2, withAccent.encoding());
        assertEquals(2, withAccent.segments());
        assertEquals(SmsEncoding.UCS_2, SmsLength.of("ok 🙂").encoding());
        assertEquals(5, SmsLength.of("ok 🙂").characters(), "a character outside the basic plane takes two units");
    }

    @Test
    void nordicLettersAndTheEscapedCharactersEncodeAsTheSpecificationSays() {
        assertArrayEquals(new byte[] {0x7B, 0x7C, 0x5B, 0x5C, 0x0F, 0x0E}, GsmAlphabet.encode("äöÄÖåÅ"));
        assertArrayEquals(new byte[] {0x1B, 0x65, 0x1B, 0x3C, 0x40}, GsmAlphabet.encode("€[¡"));
        assertArrayEquals(new byte[] {0x00, 0x20, 0x11}, GsmAlphabet.encode("@ _"));
        assertThrows(IllegalArgumentException.class, () -> GsmAlphabet.encode("š"));
        assertThrows(IllegalArgumentException.class, () -> GsmAlphabet.encode("\u001B"), "the escape is no text");
        assertEquals("€[", GsmAlphabet.decode(new byte[] {0x1B, 0x65, 0x1B, 0x3C}));
    }

    @Test
    void stopRepliesDecodeInEitherEncoding() {
        assertEquals("STOP", SmsEncoding.ofDataCoding((byte) 0).decode("STOP".getBytes()));
        assertEquals("Nej tack", SmsEncoding.ofDataCoding((byte) 8).decode(SmsEncoding.UCS_2.encode("Nej tack")));
    }

    @Property
    void gsmTextsComeBackAsTheyWere(@ForAll @Chars({'ä', 'ö', 'å', 'Ä', 'Ö', 'Å', '€', '[', ']', '{', '}', '~', '^',
            '|', '\\', '@', '£', '\n', ' '}) @CharRange(from = 'a', to = 'z') String text) {
        assertEquals(text, GsmAlphabet.decode(GsmAlphabet.encode(text)));
        assertEquals(GsmAlphabet.encode(text).length, SmsLength.of(text).characters());
    }

    @Property
    void aTextFitsItsSegments(@ForAll @CharRange(from = 'a', to = 'z') @CharRange(from = 'α', to = 'ω') String text) {
        SmsLength length = SmsLength.of(text);
        assertEquals(true, length.characters() <= length.limit(length.segments()));
        assertEquals(true, length.segments() == 1 || length.characters() > length.limit(length.segments() - 1));
    }
}
