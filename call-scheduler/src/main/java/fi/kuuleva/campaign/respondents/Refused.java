package fi.kuuleva.campaign.respondents;

import java.util.List;

/** The file was refused, and nobody was imported; every error found, in file order, and the warnings. */
public record Refused(List<ImportProblem> errors, List<ImportProblem> warnings) implements ImportResult {
    public Refused {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one error");
        }
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
