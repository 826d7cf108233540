package fi.kuuleva.campaign.respondents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "040 123 4567      | +358401234567",
            "+358 40 1234567   | +358401234567",
            "00358401234567    | +358401234567",
            "(040) 123-4567    | +358401234567",
            "050 765 4321      | +358507654321",
            "05 123 4567       | +35851234567",
            "09 1234567        | +35891234567",
            "018 12345         | +3581812345",
            "040/123 4567      | +358401234567",
            "' 040-123 45 67 ' | +358401234567",
            "+358 (0)40 123 4567 | +358401234567",
            "040 123 4567 | +358401234567"})
    void mobileAndFixedLineNumbersInFinlandAndAland(String raw, String e164) {
        assertEquals(new ValidPhone(new PhoneNumber(e164), Optional.empty()), PhoneNumbers.check(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "123               | not a valid phone number (wrong length or prefix)",
            "+358123           | not a valid phone number (wrong length or prefix)",
            "0600 12345        | a premium-rate service number, not a person's phone",
            "0800 123456       | a toll-free service number, not a person's phone",
            "0100 100          | a company or service number, not a person's phone",
            "'   '             | the phone number is empty"})
    void numbersThatAreNotAPersonsPhone(String raw, String reason) {
        assertEquals(new InvalidPhone(reason), PhoneNumbers.check(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "040 12O 4567        | a letter (O) at character 7",
            "040 CALL ME1        | a letter (C) at character 5",
            "ei puhelinta        | a letter (e) at character 1",
            "040 123 4567 tai 050 | a letter (t) at character 14",
            "040.123.4567        | the character '.' at character 4",
            "040 123 4567*       | the character '*' at character 13",
            "358+40 123 4567     | a + that is not at the start at character 4",
            "++358 40 123 4567   | a + that is not at the start at character 2",
            "040 123 4567   | the character U+2009 at character 4",
            "'040 1234567 ext. 12' | an extension cannot be dialled",
            "040 1234567 x12     | an extension cannot be dialled",
            "09 123 456 #12      | an extension cannot be dialled",
            "09 123 456 alanumero 5 | an extension cannot be dialled",
            "０４０ １２３ ４５６７ | the character '０' at character 1"})
    void anythingButDigitsSpacesAndSeparatorsIsRefusedWithItsPosition(String raw, String start) {
        InvalidPhone invalid = assertInstanceOf(InvalidPhone.class, PhoneNumbers.check(raw));
        assertTrue(invalid.reason().startsWith(start), invalid.reason());
        assertFalse(invalid.reason().contains(raw.strip()), "the reason never repeats the number");
    }

    @ParameterizedTest
    @CsvSource({"+46 70 123 45 67, SE", "+49 151 23456789, DE"})
    void numbersAbroadPassWithAWarning(String raw, String region) {
        ValidPhone valid = assertInstanceOf(ValidPhone.class, PhoneNumbers.check(raw));
        assertEquals(Optional.of("a number abroad (" + region + "): calls go through the Finnish trunk"),
                valid.warning());
    }
}
