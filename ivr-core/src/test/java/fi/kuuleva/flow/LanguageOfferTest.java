package fi.kuuleva.flow;

import static fi.kuuleva.survey.Language.EN;
import static fi.kuuleva.survey.Language.FI;
import static fi.kuuleva.survey.Language.SV;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which languages the one-line offer names, by the register's language. */
class LanguageOfferTest {

    @Test
    void aNationalLanguageIsOfferedTheOtherNationalLanguageOnly() {
        assertEquals(List.of(SV), LanguageStep.announced(List.of(FI, SV, EN), FI));
        assertEquals(List.of(FI), LanguageStep.announced(List.of(FI, SV, EN), SV));
    }

    @Test
    void englishIsOfferedWhereNoOtherNationalLanguageIs() {
        assertEquals(List.of(FI, SV), LanguageStep.announced(List.of(FI, SV, EN), EN));
        assertEquals(List.of(EN), LanguageStep.announced(List.of(FI, EN), FI));
    }

    @Test
    void anUnknownLanguageHearsEveryLanguage() {
        assertEquals(List.of(FI, SV, EN), LanguageStep.announced(List.of(FI, SV, EN), null));
    }
}
