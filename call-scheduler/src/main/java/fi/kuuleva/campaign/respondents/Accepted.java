package fi.kuuleva.campaign.respondents;

import java.util.List;

/** The whole file was read: these respondents (in file order), warnings to show the officer, and a summary. */
public record Accepted(List<Respondent> respondents, List<ImportProblem> warnings, ImportSummary summary)
        implements ImportResult {
    public Accepted {
        respondents = List.copyOf(respondents);
        warnings = List.copyOf(warnings);
    }
}
