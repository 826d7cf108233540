package fi.kuuleva.admin.respondent.inbox;

import fi.kuuleva.admin.respondent.imports.ImportLine;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The report of a dropped file that was not imported at all (no such or a closed campaign, a folder that is not a
 * campaign id, a file too large or unreadable): the same {@code accepted} and {@code errors} as an import's report.
 */
@Serdeable
public record InboxRefusal(String file, boolean accepted, List<ImportLine> errors) {

    static InboxRefusal of(String file, String message) {
        return new InboxRefusal(file, false, List.of(new ImportLine(null, null, message)));
    }
}
