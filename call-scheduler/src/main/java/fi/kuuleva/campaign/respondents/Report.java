package fi.kuuleva.campaign.respondents;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors and warnings of one import run; confined to the thread doing the import. */
final class Report {
    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    void error(ImportProblem problem) {
        errors.add(problem);
    }

    void warning(ImportProblem problem) {
        warnings.add(problem);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    Refused refused() {
        return new Refused(errors, warnings);
    }

    List<ImportProblem> warnings() {
        return warnings;
    }
}
