package fi.kuuleva.campaign.respondents;

import java.util.List;

/** An import is all or nothing: {@link Accepted} with every respondent, or {@link Refused} with every error. */
public sealed interface ImportResult permits Accepted, Refused {

    List<ImportProblem> warnings();
}
