package fi.kuuleva.admin.respondent.imports;

import fi.kuuleva.campaign.respondents.ImportProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An error or warning of an import report: the file's line (null for the file as a whole), the column as the file
 * names it (null when the whole line is meant) and the message.
 */
@Serdeable
public record ImportLine(@Nullable Integer line, @Nullable String field, String message) {

    static ImportLine of(ImportProblem problem) {
        return new ImportLine(problem.line() == 0 ? null : problem.line(), problem.column().orElse(null),
                problem.message());
    }

    /** The same problem with anything that looks like a phone number, even a masked one, taken out. */
    ImportLine withoutNumbers() {
        return new ImportLine(line, field == null ? null : Redaction.numbers(field), Redaction.numbers(message));
    }
}
