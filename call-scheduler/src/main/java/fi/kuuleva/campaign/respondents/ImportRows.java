package fi.kuuleva.campaign.respondents;

import fi.kuuleva.campaign.DoNotCallList;
import fi.kuuleva.campaign.PhoneNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one import after the header: each row read, duplicates caught (naming both lines), numbers on
 * the do-not-call list left out, and the respondents kept. Confined to the thread doing the import.
 */
final class ImportRows {
    private final Report report;
    private final DoNotCallList doNotCall;
    private final LocalDate importDate;
    private final Map<PhoneNumber, Integer> seen = new HashMap<>();
    private final List<Respondent> kept = new ArrayList<>();
    private Header header;
    private RowReader reader;
    private int count;
    private int leftOut;
    private boolean headerRefused;

    private final Municipalities municipalities;

    ImportRows(Report report, DoNotCallList doNotCall, LocalDate importDate, Municipalities municipalities) {
        this.municipalities = municipalities;
        this.report = report;
        this.doNotCall = doNotCall;
        this.importDate = importDate;
    }

    /** The first record is the header; a refused header ends the import ({@link #headerRefused()}). */
    void accept(CSVRecord record, int line) {
        if (header == null) {
            Optional<Header> read = Header.read(record, line, report);
            headerRefused = read.isEmpty();
            read.ifPresent(h -> {
                header = h;
                reader = new RowReader(h, importDate, municipalities);
            });
            return;
        }
        count++;
        reader.read(record, line, report).ifPresent(respondent -> keep(respondent, line));
    }

    private void keep(Respondent respondent, int line) {
        String column = header.name(Column.PHONE);
        Integer earlier = seen.putIfAbsent(respondent.phone(), line);
        if (earlier != null) {
            report.error(ImportProblem.at(line, column, "the same number (" + respondent.phone().masked()
                    + ") as line " + earlier + "; keep one of lines " + earlier + " and " + line));
        } else if (doNotCall.contains(respondent.phone())) {
            leftOut++;
            report.warning(ImportProblem.at(line, column, respondent.phone().masked()
                    + " is on the do-not-call list: left out"));
        } else {
            kept.add(respondent);
        }
    }

    boolean headerRefused() {
        return headerRefused;
    }

    ImportResult finish(String encoding, char delimiter) {
        if (header == null && !report.hasErrors()) {
            report.error(ImportProblem.inFile("the file is empty"));
        } else if (!report.hasErrors() && count == 0) {
            report.error(ImportProblem.inFile("no respondents: the file has a header line and nothing else"));
        }
        if (report.hasErrors()) {
            return report.refused();
        }
        return new Accepted(kept, report.warnings(),
                new ImportSummary(count, kept.size(), leftOut, encoding, delimiter));
    }
}
