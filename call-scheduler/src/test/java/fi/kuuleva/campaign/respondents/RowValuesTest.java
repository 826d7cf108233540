package fi.kuuleva.campaign.respondents;

import static fi.kuuleva.campaign.respondents.Files.accepted;
import static fi.kuuleva.campaign.respondents.Files.refused;
import static fi.kuuleva.campaign.respondents.Files.texts;
import static fi.kuuleva.campaign.respondents.Files.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.survey.Language;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Columns, numbers, languages, ages, duplicates and the do-not-call list. */
class RowValuesTest {
    private static final String HEADER = "puhelin;kieli;kunta;syntymävuosi;tunniste";

    @Test
    void aNumberWithLettersOrAnExtensionIsRefusedWithItsLineAndColumn() {
        Refused result = refused(utf8("nimi;puhelin;kieli;kunta;syntymävuosi",
                "A;040 12O 4567;fi;Tampere;1950", "B;040 CALL ME1;fi;Tampere;1950",
                "C;040 1234567 ext. 12;fi;Tampere;1950", "D;040 123 4567;fi;Tampere;1950",
                "E;+358 40 765 4321;fi;Tampere;1950", "F;(09) 123-4567;fi;Tampere;1950",
                "G;00358 50 123/4567;fi;Tampere;1950"));
        assertEquals(List.of(
                "line 2, column puhelin: a letter (O) at character 7: a phone number has only digits, spaces, -, (, ),"
                        + " / and a leading + (was a digit mistyped?)",
                "line 3, column puhelin: a letter (C) at character 5: a phone number has only digits, spaces, -, (, ),"
                        + " / and a leading + (was a digit mistyped?)",
                "line 4, column puhelin: an extension cannot be dialled: give the number without it"),
                texts(result.errors()));
    }

    @Test
    void numbersAreNormalizedToE164() {
        Accepted result = accepted(utf8(HEADER, "040 123 4567;fi;Imatra;1950;a", "+358 40 1234568;fi;Imatra;1950;b",
                "00358401234569;fi;Imatra;1950;c", "05 123 4567;fi;Imatra;1950;d", "050-7654321;fi;Imatra;1950;e"));
        assertEquals(List.of("+358401234567", "+358401234568", "+358401234569", "+35851234567", "+358507654321"),
                result.respondents().stream().map(r -> r.phone().e164()).toList());
        assertEquals(Optional.of("d"), result.respondents().get(3).reference());
    }

    @Test
    void everyBadNumberIsAnErrorAtItsLineAndColumnAndNothingIsImported() {
        Refused result = refused(utf8(HEADER, "123;fi;Imatra;1950;a", "0600 12345;fi;Imatra;1950;b",
                "040 1234567;fi;Imatra;1950;ok", "soita illalla;fi;Imatra;1950;c", ";fi;Imatra;1950;d",
                "0800 123456;fi;Imatra;1950;e", "020 123456;fi;Imatra;1950;f"));
        assertEquals(List.of(
                "line 2, column puhelin: not a valid phone number (wrong length or prefix)",
                "line 3, column puhelin: a premium-rate service number, not a person's phone",
                "line 5, column puhelin: a letter (s) at character 1: a phone number has only digits, spaces, -, (, ),"
                        + " / and a leading + (was a digit mistyped?)",
                "line 6, column puhelin: the phone number is empty",
                "line 7, column puhelin: a toll-free service number, not a person's phone",
                "line 8, column puhelin: a company or service number, not a person's phone"), texts(result.errors()));
    }

    @Test
    void aNumberAbroadIsKeptWithAWarning() {
        Accepted result = accepted(utf8(HEADER, "+46 70 123 45 67;sv;Imatra;1950;a"));
        assertEquals(new PhoneNumber("+46701234567"), result.respondents().get(0).phone());
        assertEquals(List.of("line 2, column puhelin: a number abroad (SE): calls go through the Finnish trunk"),
                texts(result.warnings()));
    }

    @Test
    void aDuplicateNamesBothLinesHoweverTheNumberIsWritten() {
        Refused result = refused(utf8(HEADER, "040 123 4567;fi;Imatra;1950;a", "050 1234567;fi;Imatra;1950;b",
                "+358401234567;sv;Imatra;1944;c"));
        assertEquals(List.of("line 4, column puhelin: the same number (+35840*****67) as line 2; keep one of lines "
                + "2 and 4"), texts(result.errors()));
    }

    @Test
    void numbersOnTheDoNotCallListAreLeftOutWithAWarning() {
        Accepted result = accepted(utf8(HEADER, "040 999 9999;fi;Imatra;1950;a", "040 1234567;fi;Imatra;1950;b"));
        assertEquals(1, result.respondents().size());
        assertEquals(new ImportSummary(2, 1, 1, "UTF-8", ';'), result.summary());
        assertEquals(List.of("line 2, column puhelin: +35840*****99 is on the do-not-call list: left out"),
                texts(result.warnings()));
    }

    @Test
    void missingColumnsAreAllNamed() {
        Refused result = refused(utf8("nimi;puhelin;sähköposti", "Aino;040 1234567;a@b.fi"));
        assertEquals(List.of(
                "line 1, column language: missing column: language / kieli / språk",
                "line 1, column municipality: missing column: municipality / kunta / kommun",
                "line 1, column birth_year: missing column: a birth year (birth_year / syntymävuosi / födelseår) or "
                        + "an age band (age_band / ikäryhmä / åldersgrupp)"),
                texts(result.errors()));
        assertEquals(List.of("line 1: columns not used: sähköposti"), texts(result.warnings()));
    }

    @Test
    void aColumnTwiceIsAnError() {
        Refused result = refused(utf8("phone;Puhelin;kieli;kunta;ikäryhmä", "040 1234567;040 1234567;fi;Imatra;75-84"));
        assertEquals(List.of("line 1, column Puhelin: columns \"phone\" and \"Puhelin\" both mean phone / "
                + "puhelin / telefon; keep one"), texts(result.errors()));
    }

    @Test
    void headerNamesIgnoreCaseAccentsAndSeparators() {
        Accepted result = accepted(utf8("PUHELIN NUMERO;Kieli;KOTIKUNTA;Syntymavuosi", "040 1234567;FI;Imatra;1950"));
        assertEquals(Optional.of(Language.FI), result.respondents().get(0).language());
    }

    @Test
    void languagesInManySpellings() {
        Accepted result = accepted(utf8(HEADER, "040 1234561;Suomi;Imatra;1950;a", "040 1234562;svenska;Imatra;1950;b",
                "040 1234563;RUOTSI;Imatra;1950;c", "040 1234564;englanti;Imatra;1950;d", "040 1234565;sv;Imatra;1950;e",
                "040 1234566;;Imatra;1950;f", "040 1234567;venäjä;Imatra;1950;g"));
        assertEquals(List.of(Optional.of(Language.FI), Optional.of(Language.SV), Optional.of(Language.SV),
                Optional.of(Language.EN), Optional.of(Language.SV), Optional.empty(), Optional.empty()),
                result.respondents().stream().map(Respondent::language).toList());
        assertEquals(List.of("line 8, column kieli: language \"venäjä\" is not Finnish, Swedish or English: the call "
                + "starts with the language menu"), texts(result.warnings()));
    }

    @Test
    void ageBandsFromTheBirthYearOnTheImportDate() {
        Accepted result = accepted(utf8(HEADER, "040 1234561;fi;Imatra;1961;a", "040 1234562;fi;Imatra;1952;b",
                "040 1234563;fi;Imatra;1951;c", "040 1234564;fi;Imatra;1942;d", "040 1234565;fi;Imatra;1941;e",
                "040 1234566;fi;Imatra;1962;f", "040 1234567;fi;Imatra;;g"));
        assertEquals(List.of(AgeBand.FROM_65_TO_74, AgeBand.FROM_65_TO_74, AgeBand.FROM_75_TO_84,
                AgeBand.FROM_75_TO_84, AgeBand.FROM_85, AgeBand.UNDER_65, AgeBand.UNKNOWN),
                result.respondents().stream().map(Respondent::ageBand).toList());
        assertEquals(List.of("line 7, column syntymävuosi: under 65: kept, and flagged as under 65",
                "line 8, column syntymävuosi: no age: answers are not counted in any age band"),
                texts(result.warnings()));
    }

    @Test
    void badBirthYearsAndAgeBandsAreErrors() {
        assertEquals(List.of("line 2, column syntymävuosi: birth year \"19x0\" is not a year between 1906 and 2026",
                "line 3, column syntymävuosi: birth year \"2031\" is not a year between 1906 and 2026"),
                texts(refused(utf8(HEADER, "040 1234561;fi;Imatra;19x0;a", "040 1234562;fi;Imatra;2031;b")).errors()));
        assertEquals(List.of("line 3, column Ikäryhmä: age band \"60-69\" is not one of 65-74, 75-84, 85+ or under 65"),
                texts(refused(utf8("phone;language;municipality;Ikäryhmä", "040 1234561;fi;Imatra;65\u201374",
                        "040 1234562;fi;Imatra;60-69")).errors()));
    }

    @Test
    void ageBandsAsWritten() {
        Accepted result = accepted(utf8("phone;language;municipality;age_band", "040 1234561;fi;Imatra;65 \u2013 74",
                "040 1234562;fi;Imatra;85+", "040 1234563;fi;Imatra;alle 65", "040 1234564;fi;Imatra;75-84"));
        assertEquals(List.of(AgeBand.FROM_65_TO_74, AgeBand.FROM_85, AgeBand.UNDER_65, AgeBand.FROM_75_TO_84),
                result.respondents().stream().map(Respondent::ageBand).toList());
    }

    @Test
    void aMissingMunicipalityIsAWarning() {
        Accepted result = accepted(utf8(HEADER, "040 1234561;fi;;1950;a"));
        assertEquals(Optional.empty(), result.respondents().get(0).municipality());
        assertEquals(List.of("line 2, column kunta: no municipality: answers are not counted for any municipality"),
                texts(result.warnings()));
    }

    @Test
    void noMessageAndNoRespondentTextShowsAWholeNumber() {
        Refused result = refused(utf8(HEADER + ";nimi", "040 9999999;fi;Imatra;1950;a;Aino", "0401234567;fi;Imatra;1950;b;Eino",
                "040 123 4567;fi;Imatra;1950;c;Eino", "0600 12345;fi;;1970;d;Ville"));
        for (ImportProblem problem : result.errors()) {
            assertFalse(problem.toString().matches(".*[0-9]{7}.*"), problem.toString());
        }
        for (ImportProblem problem : result.warnings()) {
            assertFalse(problem.toString().matches(".*[0-9]{7}.*"), problem.toString());
        }
        Respondent respondent = accepted(utf8(HEADER + ";nimi", "040 1234567;fi;Imatra;1950;a;Aino Virtanen"))
                .respondents().get(0);
        assertEquals("Respondent[line 2, +35840*****67, fi, Imatra, 75-84]", respondent.toString());
    }
}
