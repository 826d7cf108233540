package fi.kuuleva.campaign.respondents;

import java.util.Optional;

/** Finds the delimiter from the header line: a comma or a semicolon outside quotes, not both, not neither. */
final class Delimiters {
    private Delimiters() {
    }

    /** The delimiter, or empty after reporting why it cannot be told. */
    static Optional<Character> detect(String headerLine, int line, Report report) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        if (commas > 0 && semicolons > 0) {
            report.error(ImportProblem.at(line, "the header has both commas and semicolons, so the delimiter is "
                    + "ambiguous; save the file with one of them"));
            return Optional.empty();
        }
        if (commas == 0 && semicolons == 0) {
            String hint = headerLine.indexOf('\t') >= 0 ? " (tabs are not read: save as CSV)" : "";
            report.error(ImportProblem.at(line, "the header has no comma or semicolon between column names" + hint));
            return Optional.empty();
        }
        return Optional.of(commas > 0 ? ',' : ';');
    }
}
