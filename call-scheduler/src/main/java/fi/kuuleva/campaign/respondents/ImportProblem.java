package fi.kuuleva.campaign.respondents;

import java.util.Objects;
import java.util.Optional;

/**
 * Something wrong or worth a look in an import file: the line (from 1; 0 for the file as a whole), the column as
 * the file names it, and a message for the officer that never contains a full phone number.
 */
public record ImportProblem(int line, Optional<String> column, String message) {
    public ImportProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(message, "message");
    }

    static ImportProblem inFile(String message) {
        return new ImportProblem(0, Optional.empty(), message);
    }

    static ImportProblem at(int line, String message) {
        return new ImportProblem(line, Optional.empty(), message);
    }

    static ImportProblem at(int line, String column, String message) {
        return new ImportProblem(line, Optional.of(column), message);
    }

    @Override
    public String toString() {
        String where = line == 0 ? "file" : "line " + line;
        return where + column.map(c -> ", column " + c).orElse("") + ": " + message;
    }
}
