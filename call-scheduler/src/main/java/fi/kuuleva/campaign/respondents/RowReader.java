package fi.kuuleva.campaign.respondents;

import fi.kuuleva.survey.Language;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** Reads one data line into a respondent, reporting each problem with its line and column. */
final class RowReader {
    private final Header header;
    private final LocalDate importDate;
    /** A file has only a few spellings of its languages; each is worked out once per import. */
    private final Map<String, Optional<Language>> spellings = new HashMap<>();
    private final Municipalities municipalities;

    RowReader(Header header, LocalDate importDate, Municipalities municipalities) {
        this.header = header;
        this.importDate = importDate;
        this.municipalities = municipalities;
    }

    /** The respondent, or empty when the line has an error (already reported). */
    Optional<Respondent> read(CSVRecord record, int line, Report report) {
        boolean ok = fitsHeader(record, line, report);
        Optional<ValidPhone> phone = phone(record, line, report);
        Optional<AgeBand> age = ageBand(record, line, report);
        if (!ok || phone.isEmpty() || age.isEmpty()) {
            return Optional.empty();
        }
        String municipality = municipality(record, line, report);
        return Optional.of(new Respondent(phone.get().number(), language(record, line, report),
                optional(municipality), age.get(),
                optional(header.value(record, Column.REFERENCE)), optional(header.value(record, Column.NAME)), line));
    }

    /** The municipality as the list spells it; a name not on the list is kept tidied, with a warning. */
    private String municipality(CSVRecord record, int line, Report report) {
        String typed = header.value(record, Column.MUNICIPALITY);
        String column = header.name(Column.MUNICIPALITY);
        if (typed.isBlank()) {
            report.warning(ImportProblem.at(line, column,
                    "no municipality: answers are not counted for any municipality"));
            return "";
        }
        Optional<String> known = municipalities.find(typed);
        if (known.isPresent()) {
            return known.get();
        }
        String tidied = Municipalities.tidy(typed);
        report.warning(ImportProblem.at(line, column, "\"" + tidied + "\" is not a Finnish municipality: imported,"
                + " and counted as a group of its own in reports"));
        return tidied;
    }

    private boolean fitsHeader(CSVRecord record, int line, Report report) {
        for (int i = header.size(); i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                report.error(ImportProblem.at(line, record.size() + " values but the header has " + header.size()
                        + " columns: does a value with the delimiter in it lack its quotes?"));
                return false;
            }
        }
        return true;
    }

    private Optional<ValidPhone> phone(CSVRecord record, int line, Report report) {
        String column = header.name(Column.PHONE);
        PhoneCheck check = PhoneNumbers.check(header.value(record, Column.PHONE));
        if (check instanceof InvalidPhone invalid) {
            report.error(ImportProblem.at(line, column, invalid.reason()));
            return Optional.empty();
        }
        ValidPhone valid = (ValidPhone) check;
        valid.warning().ifPresent(w -> report.warning(ImportProblem.at(line, column, w)));
        return Optional.of(valid);
    }

    private Optional<Language> language(CSVRecord record, int line, Report report) {
        String value = header.value(record, Column.LANGUAGE);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Language> language = spellings.computeIfAbsent(value, Languages::parse);
        if (language.isEmpty()) {
            report.warning(ImportProblem.at(line, header.name(Column.LANGUAGE), "language \"" + value
                    + "\" is not Finnish, Swedish or English: the call starts with the language menu"));
        }
        return language;
    }

    private Optional<AgeBand> ageBand(CSVRecord record, int line, Report report) {
        String year = header.value(record, Column.BIRTH_YEAR);
        if (!year.isEmpty()) {
            return fromBirthYear(year, header.name(Column.BIRTH_YEAR), line, report);
        }
        String band = header.value(record, Column.AGE_BAND);
        if (!band.isEmpty()) {
            Optional<AgeBand> parsed = AgeBand.parse(band);
            if (parsed.isEmpty()) {
                report.error(ImportProblem.at(line, header.name(Column.AGE_BAND), "age band \"" + band
                        + "\" is not one of 65-74, 75-84, 85+ or under 65"));
            }
            parsed.filter(b -> b == AgeBand.UNDER_65).ifPresent(b -> underAge(line, Column.AGE_BAND, report));
            return parsed;
        }
        Column column = header.has(Column.BIRTH_YEAR) ? Column.BIRTH_YEAR : Column.AGE_BAND;
        report.warning(ImportProblem.at(line, header.name(column), "no age: answers are not counted in any age band"));
        return Optional.of(AgeBand.UNKNOWN);
    }

    private Optional<AgeBand> fromBirthYear(String year, String column, int line, Report report) {
        int born = year.length() == 4 && year.chars().allMatch(c -> c >= '0' && c <= '9') ? Integer.parseInt(year) : -1;
        if (born < importDate.getYear() - 120 || born > importDate.getYear()) {
            report.error(ImportProblem.at(line, column, "birth year \"" + year + "\" is not a year between "
                    + (importDate.getYear() - 120) + " and " + importDate.getYear()));
            return Optional.empty();
        }
        AgeBand band = AgeBand.forBirthYear(born, importDate);
        if (band == AgeBand.UNDER_65) {
            underAge(line, Column.BIRTH_YEAR, report);
        }
        return Optional.of(band);
    }

    private void underAge(int line, Column column, Report report) {
        report.warning(ImportProblem.at(line, header.name(column), "under 65: kept, and flagged as under 65"));
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
