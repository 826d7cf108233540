package fi.kuuleva.admin.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExportCsvTest {

    @Test
    void fieldsAreQuotedWhereNeededAndFormulasDefused() {
        assertEquals("Lappeenranta", ExportCsv.field("Lappeenranta"));
        assertEquals("\"a;b\"", ExportCsv.field("a;b"));
        assertEquals("\"say \"\"hi\"\"\"", ExportCsv.field("say \"hi\""));
        assertEquals("'=HYPERLINK(\"x\")", ExportCsv.field("=HYPERLINK(\"x\")").replace("\"\"", "\"")
                .replaceAll("^\"|\"$", ""));
        assertEquals("'@SUM(A1)", ExportCsv.field("@SUM(A1)"));
        assertEquals("65-74", ExportCsv.field("65-74"));
        assertEquals("", ExportCsv.field(null));
    }
}
