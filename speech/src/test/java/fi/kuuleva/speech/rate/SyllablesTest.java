package fi.kuuleva.speech.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuuleva.survey.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syllables counted as a Finnish (Swedish, English) speaker divides the words, checked by hand. */
class SyllablesTest {

    @ParameterizedTest(name = "fi {0}: {1}")
    @CsvSource({
            "hyvinvointialueen, 7",      // hy-vin-voin-ti-a-lu-een
            "automaattinen, 5",          // au-to-maat-ti-nen
            "kyselypuhelu, 6",           // ky-se-ly-pu-he-lu
            "tietoa, 3",                 // tie-to-a: ie is a diphthong in the first syllable, oa splits
            "palautetta, 4",             // pa-lau-tet-ta: au is a diphthong after the first syllable too
            "luottamuksellisesti, 7",    // luot-ta-muk-sel-li-ses-ti
            "Etelä-Karjalan, 6",         // e-te-lä kar-ja-lan
            "näkemiin, 3",               // nä-ke-miin
            "kuusikymmentäviisi, 7",     // kuu-si-kym-men-tä-vii-si
            "yksinäiseksi, 5"            // yk-si-näi-sek-si
    })
    void finnish(String word, int syllables) {
        assertEquals(syllables, Syllables.count(word, Language.FI));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "sv, 'Vill du svara på enkäten nu?', 9",
            "sv, välfärdsområdet, 5",
            "en, 'Would you like to answer the survey now?', 10",
            "en, 'Have a good day, goodbye.', 6",
            "en, services, 3",
            "fi, 'Paina 1 tai 2.', 3"
    })
    void sentencesAndTheApproximations(String language, String text, int syllables) {
        assertEquals(syllables, Syllables.count(text, Language.fromCode(language).orElseThrow()));
    }
}
