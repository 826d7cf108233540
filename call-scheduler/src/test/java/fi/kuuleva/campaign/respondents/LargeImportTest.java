package fi.kuuleva.campaign.respondents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import fi.kuuleva.campaign.DoNotCallList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** County-sized files, generated here: semicolon-separated Windows-1252 register exports. */
class LargeImportTest {
    private static final int ROWS = 100_000;
    private static final List<String> LANGUAGES = List.of("suomi", "ruotsi", "en", "");
    private static final List<String> MUNICIPALITIES = List.of("Lappeenranta", "Imatra", "Luumäki", "Rautjärvi",
            "Parikkala", "Ruokolahti", "Savitaipale", "Taipalsaari", "Lemi");

    private static String phone(int row) {
        return String.format("040 %07d", row);
    }

    private static int birthYear(int row) {
        return 1930 + row % 35;
    }

    private static byte[] file(int rows, Function<Integer, String> phoneOf) {
        StringBuilder csv = new StringBuilder("Puhelin;Kieli;Kunta;Syntymävuosi;Nimi\r\n");
        for (int row = 0; row < rows; row++) {
            csv.append(phoneOf.apply(row)).append(';').append(LANGUAGES.get(row % 4)).append(';')
                    .append(MUNICIPALITIES.get(row % 9)).append(';').append(birthYear(row)).append(";Åke Mäkelä ")
                    .append(row).append("\r\n");
        }
        return csv.toString().getBytes(Encodings.WINDOWS_1252);
    }

    @Test
    void everyRowIsCountedOnceAndRight() {
        Set<String> doNotCall = IntStream.range(0, ROWS).filter(row -> row % 1000 == 7)
                .mapToObj(row -> "+35840" + String.format("%07d", row)).collect(Collectors.toSet());
        RespondentImport importer = new RespondentImport(DoNotCallList.of(doNotCall), Files.MARCH_2026);

        Accepted result = assertInstanceOf(Accepted.class, importer.read(file(ROWS, LargeImportTest::phone)));

        assertEquals(new ImportSummary(ROWS, ROWS - 100, 100, "Windows-1252", ';'), result.summary());
        Map<AgeBand, Long> expected = new EnumMap<>(AgeBand.class);
        IntStream.range(0, ROWS).filter(row -> row % 1000 != 7).forEach(row -> expected.merge(
                AgeBand.forBirthYear(birthYear(row), Files.MARCH_2026.instant().atZone(Files.MARCH_2026.getZone())
                        .toLocalDate()), 1L, Long::sum));
        assertEquals(expected, result.respondents().stream().collect(Collectors.groupingBy(Respondent::ageBand,
                () -> new EnumMap<>(AgeBand.class), Collectors.counting())));
        assertEquals(ROWS - 100, result.respondents().stream().map(Respondent::phone).distinct().count());
        long underAge = IntStream.range(0, ROWS).filter(row -> birthYear(row) > 1961).count();
        assertEquals(100 + underAge, result.warnings().size());
        Respondent last = result.respondents().get(result.respondents().size() - 1);
        assertEquals(ROWS + 1, last.line());
        assertEquals(Optional.of("Åke Mäkelä " + (ROWS - 1)), last.name());
        assertEquals(Optional.of("Rautjärvi"), result.respondents().get(3).municipality());
    }

    @Test
    void twoMistakesInTwentyThousandRowsRefuseTheFileWithExactlyThoseTwo() {
        byte[] file = file(20_000, row -> row == 15_000 ? phone(9) : row == 19_998 ? "040 12" : phone(row));

        Refused result = assertInstanceOf(Refused.class, Files.IMPORT.read(file));

        assertEquals(List.of(15_002, 20_000), result.errors().stream().map(ImportProblem::line).toList());
        assertEquals("the same number (+35840*****09) as line 11; keep one of lines 11 and 15002",
                result.errors().get(0).message());
    }
}
