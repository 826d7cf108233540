package fi.kuuleva.campaign.respondents;

import static fi.kuuleva.campaign.respondents.Files.accepted;
import static fi.kuuleva.campaign.respondents.Files.bytes;
import static fi.kuuleva.campaign.respondents.Files.refused;
import static fi.kuuleva.campaign.respondents.Files.texts;
import static fi.kuuleva.campaign.respondents.Files.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuuleva.campaign.PhoneNumber;
import fi.kuuleva.survey.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Encodings, delimiters, quoting and the shape of the file. */
class FileFormatTest {

    @Test
    void aWindows1252RegisterExportWithSemicolonsReadsNamesRight() {
        Accepted result = accepted(bytes(Encodings.WINDOWS_1252,
                "Puhelin;Kieli;Kunta;Syntymävuosi;Nimi",
                "040 123 4567;suomi;Luumäki;1948;Åke Mäkelä",
                "050 765 4321;ruotsi;Lappeenranta;1939;Märta Öhman"));
        assertEquals(new ImportSummary(2, 2, 0, "Windows-1252", ';'), result.summary());
        Respondent ake = result.respondents().get(0);
        assertEquals(Optional.of("Åke Mäkelä"), ake.name());
        assertEquals(Optional.of("Luumäki"), ake.municipality());
        assertEquals(new PhoneNumber("+358401234567"), ake.phone());
        assertEquals(AgeBand.FROM_75_TO_84, ake.ageBand());
        assertEquals(Optional.of(Language.SV), result.respondents().get(1).language());
        assertEquals(AgeBand.FROM_85, result.respondents().get(1).ageBand());
    }

    @Test
    void aLatin1FileReadsTheSameWay() {
        Accepted result = accepted(bytes(StandardCharsets.ISO_8859_1, "phone,language,municipality,birth_year,name",
                "040 1234567,sv,Närpes,1948,Åke Mäkelä"));
        assertEquals("Windows-1252", result.summary().encoding());
        assertEquals(Optional.of("Åke Mäkelä"), result.respondents().get(0).name());
        assertEquals(Optional.of("Närpes"), result.respondents().get(0).municipality());
    }

    @Test
    void utf8WithAByteOrderMarkAndCommas() {
        byte[] withoutBom = utf8("phone,language,municipality,birth_year,name",
                "+358 40 1234567,fi,Imatra,1955,Åke Mäkelä");
        byte[] file = new byte[withoutBom.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(withoutBom, 0, file, 3, withoutBom.length);
        Accepted result = accepted(file);
        assertEquals(new ImportSummary(1, 1, 0, "UTF-8 with BOM", ','), result.summary());
        assertEquals(Optional.of("Åke Mäkelä"), result.respondents().get(0).name());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void utf8WithoutAByteOrderMark() {
        Accepted result = accepted(utf8("telefon;språk;kommun;födelseår;namn",
                "0401234567;svenska;Pedersöre;1950;Åke Mäkelä"));
        assertEquals("UTF-8", result.summary().encoding());
        assertEquals(Optional.of("Pedersöre"), result.respondents().get(0).municipality());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(List.of("file: the file is empty"), texts(refused(new byte[0]).errors()));
        assertEquals(List.of("file: the file is empty"), texts(refused(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF}).errors()));
        assertEquals(List.of("file: the file is empty"), texts(refused(utf8("", "  ", ";;;")).errors()));
    }

    @Test
    void aHeaderWithoutRowsIsRefused() {
        assertEquals(List.of("file: no respondents: the file has a header line and nothing else"),
                texts(refused(utf8("phone;language;municipality;birth_year", "", ";;;")).errors()));
    }

    @Test
    void anAmbiguousHeaderIsRefused() {
        assertEquals(List.of("line 1: the header has both commas and semicolons, so the delimiter is ambiguous; "
                + "save the file with one of them"),
                texts(refused(utf8("phone,language;municipality;birth_year", "040 1234567,fi;Imatra;1950"))
                        .errors()));
    }

    @Test
    void aHeaderWithoutDelimitersIsRefused() {
        assertEquals(List.of("line 2: the header has no comma or semicolon between column names (tabs are not "
                + "read: save as CSV)"), texts(refused(utf8("", "phone\tlanguage\tmunicipality")).errors()));
    }

    @Test
    void rowsWithTheWrongDelimiterAreReportedLineByLine() {
        Refused result = refused(utf8("phone;language;municipality;birth_year", "040 1234567;fi;Imatra;1950",
                "040 1234568,fi,Imatra,1950", "040 1234569,sv,Imatra,1950"));
        assertEquals(List.of(3, 4), result.errors().stream().map(ImportProblem::line).toList());
        assertEquals(Optional.of("phone"), result.errors().get(0).column());
    }

    @Test
    void anUnquotedDelimiterInsideAValueIsCaught() {
        Refused result = refused(utf8("phone,language,municipality,birth_year,name",
                "040 1234567,fi,Imatra,1950,Mäkelä, Åke"));
        assertEquals(List.of("line 2: 6 values but the header has 5 columns: does a value with the delimiter in "
                + "it lack its quotes?"), texts(result.errors()));
    }

    @Test
    void emptyTrailingValuesFromSpreadsheetsAreFine() {
        Accepted result = accepted(utf8("phone;language;municipality;birth_year;;", "040 1234567;fi;Imatra;1950;;",
                "040 1234568;fi;Imatra"));
        assertEquals(2, result.respondents().size());
    }

    @Test
    void anUnclosedQuoteIsRefusedAtItsLine() {
        Refused result = refused(utf8("phone;language;municipality;birth_year;name",
                "040 1234567;fi;Imatra;1950;Aino", "040 1234568;fi;Imatra;1950;\"Eino", "040 1234569;fi;Imatra;1950"));
        assertEquals(List.of("line 3: broken quoting: a quoted value is not closed before the end of the file; "
                + "nothing after this line was read"), texts(result.errors()));
    }

    @Test
    void aBrokenHeaderIsOnlyThatError() {
        assertEquals(List.of("line 1: broken quoting: a quoted value is not closed before the end of the file; "
                + "nothing after this line was read"), texts(refused(utf8("phone;\"language;municipality",
                "040 1234567;fi;Imatra")).errors()));
    }

    @Test
    void textAfterAClosingQuoteIsRefusedAtItsLine() {
        Refused result = refused(utf8("phone;language;municipality;birth_year;name",
                "040 1234567;fi;Imatra;1950;Aino", "", "040 1234568;fi;Imatra;1950;\"Eino\" Leino"));
        assertEquals(4, result.errors().get(0).line());
        assertTrue(result.errors().get(0).message().contains("a quote inside a quoted value must be doubled"));
    }

    @Test
    void lineNumbersCountBlankLinesCrlfAndQuotedLineBreaks() {
        Refused result = refused(bytes(StandardCharsets.UTF_8, "phone;language;municipality;birth_year;name",
                "", "040 1234567;fi;Imatra;1950;\"Aino", "Virtanen\"", ";;;;", "123;fi;Imatra;1950;Eino"));
        assertEquals(List.of("line 6, column phone: not a valid phone number (wrong length or prefix)"),
                texts(result.errors()));
    }

    @Test
    void quotedValuesMayHoldTheDelimiterAndQuotes() {
        Accepted result = accepted(utf8("phone,language,municipality,birth_year,name",
                "\"040 1234567\",fi,Imatra,1950,\"Mäkelä, Åke \"\"Ukko\"\"\""));
        assertEquals(Optional.of("Mäkelä, Åke \"Ukko\""), result.respondents().get(0).name());
    }

    @Test
    void anExcelSeparatorHintIsHonoured() {
        Accepted result = accepted(utf8("sep=;", "phone;language;municipality;birth_year", "040 1234567;fi;Imatra;1950"));
        assertEquals(';', result.summary().delimiter());
        assertEquals(3, result.respondents().get(0).line());
    }

    @Test
    void utf16IsRefusedWithAHint() {
        byte[] file = "\uFEFFphone;language".getBytes(StandardCharsets.UTF_16LE);
        assertTrue(refused(file).errors().get(0).message().contains("UTF-16"));
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefusedToo() {
        for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] file = "phone;language;municipality;birth_year\n040 1234567;fi;Imatra;1950".getBytes(charset);
            assertTrue(refused(file).errors().get(0).message().contains("UTF-16"), charset.name());
        }
        assertEquals(false, Encodings.isUtf16(utf8("phone;language", "040 1234567;fi")));
        assertEquals(false, Encodings.isUtf16("Åke Mäkelä".getBytes(Encodings.WINDOWS_1252)));
    }

    @Test
    void aNulByteIsRefusedWithItsLineAndColumn() {
        byte[] file = utf8("phone;language;municipality;birth_year", "040 1234567;fi;Ima\0tra;1950");
        ImportProblem problem = refused(file).errors().get(0);
        assertEquals(2, problem.line());
        assertEquals(Optional.of("column 3"), problem.column());
        assertTrue(problem.message().contains("NUL"), problem.message());
    }

    @Test
    void aStreamReadsLikeBytes() throws Exception {
        byte[] file = utf8("phone;language;municipality;birth_year", "040 1234567;fi;Imatra;1950");
        assertEquals(Files.IMPORT.read(file), Files.IMPORT.read(new ByteArrayInputStream(file)));
    }
}
