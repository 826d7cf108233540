package fi.kuuleva.campaign.respondents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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
            "018 12345         | +3581812345"})
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
            "ei puhelinta      | not a phone number",
            "'   '             | the phone number is empty"})
    void numbersThatAreNotAPersonsPhone(String raw, String reason) {
        assertEquals(new InvalidPhone(reason), PhoneNumbers.check(raw));
    }

    @ParameterizedTest
    @CsvSource({"+46 70 123 45 67, SE", "+49 151 23456789, DE"})
    void numbersAbroadPassWithAWarning(String raw, String region) {
        ValidPhone valid = assertInstanceOf(ValidPhone.class, PhoneNumbers.check(raw));
        assertEquals(Optional.of("a number abroad (" + region + "): calls go through the Finnish trunk"),
                valid.warning());
    }
}
