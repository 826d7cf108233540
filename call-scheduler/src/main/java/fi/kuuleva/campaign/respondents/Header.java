package fi.kuuleva.campaign.respondents;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** The header line: which position holds which column, under the name the file gives it. */
final class Header {
    private final Map<Column, Integer> positions;
    private final Map<Column, String> names;
    private final int size;

    private Header(Map<Column, Integer> positions, Map<Column, String> names, int size) {
        this.positions = positions;
        this.names = names;
        this.size = size;
    }

    /** The header, or empty after reporting missing and doubled columns. Unknown columns are only a warning. */
    static Optional<Header> read(CSVRecord record, int line, Report report) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        Map<Column, String> names = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().replace("\uFEFF", "");
            if (name.isEmpty()) {
                continue;
            }
            Optional<Column> column = Column.forHeader(name);
            if (column.isEmpty()) {
                unknown.add(name);
            } else if (positions.containsKey(column.get())) {
                report.error(ImportProblem.at(line, name, "columns \"" + names.get(column.get()) + "\" and \""
                        + name + "\" both mean " + column.get().examples() + "; keep one"));
            } else {
                positions.put(column.get(), i);
                names.put(column.get(), name);
            }
        }
        if (!unknown.isEmpty()) {
            report.warning(ImportProblem.at(line, "columns not used: " + String.join(", ", unknown)));
        }
        for (Column required : Column.REQUIRED) {
            if (!positions.containsKey(required)) {
                report.error(ImportProblem.at(line, required.englishName(),
                        "missing column: " + required.examples()));
            }
        }
        if (!positions.containsKey(Column.BIRTH_YEAR) && !positions.containsKey(Column.AGE_BAND)) {
            report.error(ImportProblem.at(line, Column.BIRTH_YEAR.englishName(), "missing column: a birth year ("
                    + Column.BIRTH_YEAR.examples() + ") or an age band (" + Column.AGE_BAND.examples() + ")"));
        }
        return report.hasErrors() ? Optional.empty() : Optional.of(new Header(positions, names, record.size()));
    }

    boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The trimmed value, or "" when the column is absent or the row is short. */
    String value(CSVRecord record, Column column) {
        Integer position = positions.get(column);
        return position == null || position >= record.size() ? "" : record.get(position).strip();
    }

    /** The column's name as the file writes it. */
    String name(Column column) {
        return names.get(column);
    }

    int size() {
        return size;
    }
}
