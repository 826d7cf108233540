package fi.kuuleva.admin.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"EI", "ei", " Ei ", "E I", "nej", "NEJ!", "Stop", "stop.", "\tSTOP\n"})
    void stopWordsInAnyCaseAndSpacing(String reply) {
        assertTrue(StopWords.isStop(reply));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ei kiitos", "kyllä", "stoppi", "EIEI", "nejtack!", "Stop calling me"})
    void otherRepliesAreNotStopWords(String reply) {
        assertFalse(StopWords.isStop(reply));
    }

    @Test
    void onlyMobileNumbersAreTexted() {
        assertTrue(MobileNumbers.isMobile(new PhoneNumber("+358401234567")));
        assertTrue(MobileNumbers.isMobile(new PhoneNumber("+3584000800001")), "the test fixtures' numbers");
        assertTrue(MobileNumbers.isMobile(new PhoneNumber("+46701234567")), "a Swedish mobile");
        assertFalse(MobileNumbers.isMobile(new PhoneNumber("+35891234567")), "a Helsinki landline");
        assertFalse(MobileNumbers.isMobile(new PhoneNumber("+358612345678")), "a Vaasa landline");
        assertEquals("09 1234567", MobileNumbers.written(new PhoneNumber("+35891234567")));
    }

    @Test
    void placeholdersAreFilledAndUnknownOnesFound() {
        assertEquals("Soitamme 4.3. numerosta 09 1234567.", TextTemplate.render(
                "Soitamme {date} numerosta {number}.", LocalDate.of(2025, 3, 4), "09 1234567"));
        assertEquals(Set.of("{time}", "{nimi}"), TextTemplate.unknownPlaceholders("{date} {time} {nimi} {number}"));
    }

    @Test
    void aTextMustFitItsSegmentsWithThePlaceholdersFilled() {
        Optional<PhoneNumber> callBack = Optional.of(new PhoneNumber("+35891234567"));
        String fits = "a".repeat(160 - "31.12.".length()) + "{date}";
        assertEquals(Optional.empty(), CampaignTextsForm.problem(fits, 1, callBack));
        assertTrue(CampaignTextsForm.problem(fits + "a", 1, callBack).orElseThrow().contains("takes 2 SMS"));
        assertEquals(Optional.empty(), CampaignTextsForm.problem(fits + "a", 2, callBack));
        assertTrue(CampaignTextsForm.problem("š".repeat(135), 2, callBack).orElseThrow().contains("UCS-2"));
        assertTrue(CampaignTextsForm.problem("Soita {number}", 1, Optional.empty()).orElseThrow()
                .contains("callBackNumber"));
        assertTrue(CampaignTextsForm.problem("Hei {nimi}", 1, callBack).orElseThrow().contains("{nimi}"));
        assertTrue(CampaignTextsForm.problem("a\u0000b", 1, callBack).isPresent());
        assertEquals(Optional.empty(), CampaignTextsForm.problem("rivi\nrivi", 1, callBack));
    }

    @Test
    void aTextIsTriedAgainWhileTriesAreLeft() {
        TextRetry retry = new TextRetry(3, Duration.ofMinutes(30));
        Instant now = Instant.parse("2025-03-03T09:00:00Z");
        assertEquals(Optional.of(now.plus(Duration.ofMinutes(30))), retry.next(1, now));
        assertEquals(Optional.of(now.plus(Duration.ofMinutes(30))), retry.next(2, now));
        assertEquals(Optional.empty(), retry.next(3, now));
    }
}
