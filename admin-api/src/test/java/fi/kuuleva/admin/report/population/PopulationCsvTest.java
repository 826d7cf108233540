package fi.kuuleva.admin.report.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuuleva.admin.api.ApiProblem;
import fi.kuuleva.admin.api.ProblemError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationCsvTest {

    @Test
    void readsRowsWithOrWithoutAHeaderInUtf8OrLatin1() {
        List<PopulationRow> rows = PopulationCsv.parse("\uFEFFmunicipality;ageBand;population\r\nLuumäki;85+;310\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new PopulationRow("Luumäki", "85+", 310)), rows);
        assertEquals(rows, PopulationCsv.parse("Luumäki;85+;310\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void municipalitiesAreSpelledAsTheRespondentImportStoresThem() {
        assertEquals(List.of(new PopulationRow("Tampere", "65-74", 10), new PopulationRow("Närpes", "65-74", 5),
                        new PopulationRow("Tampereen Kaupunki", "65-74", 1)),
                PopulationCsv.parse(" TAMPERE ;65-74;10\nnärpes;65-74;5\nTAMPEREEN KAUPUNKI;65-74;1\n"
                        .getBytes(StandardCharsets.UTF_8)));
        ApiProblem twice = assertThrows(ApiProblem.class, () -> PopulationCsv.parse(
                "Tampere;65-74;10\ntampere;65-74;3\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new ProblemError(null, 2, "ageBand", "Tampere 65-74 is already on line 1")),
                twice.toProblem().errors());
    }

    @Test
    void everyProblemIsReportedWithItsLineAndField() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> PopulationCsv.parse(
                "Imatra;75-84;-3\n;65-74;10\nImatra;75-84;4\nImatra,75-84,4\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, problem.status().getCode());
        List<ProblemError> errors = problem.toProblem().errors();
        assertEquals(List.of(new ProblemError(null, 1, "population", "not a whole number from 0 up: '-3'"),
                new ProblemError(null, 2, "municipality", "must be 1 to 100 characters"),
                new ProblemError(null, 3, "ageBand", "Imatra 75-84 is already on line 1"),
                new ProblemError(null, 4, null, "expected 3 fields separated by ';' (municipality;ageBand;"
                        + "population), found 1")), errors);
        assertThrows(ApiProblem.class, () -> PopulationCsv.parse(new byte[0]), "an empty file");
    }
}
