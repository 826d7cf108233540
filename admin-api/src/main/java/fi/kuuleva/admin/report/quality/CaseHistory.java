package fi.kuuleva.admin.report.quality;

import java.util.List;

/**
 * One sampled respondent as the final-disposition rules see them: their ended attempts (any order) and how many of
 * the survey's questions they answered.
 */
public record CaseHistory(List<AttemptFact> attempts, int answered, int questions) {

    public CaseHistory {
        attempts = List.copyOf(attempts);
        if (answered < 0 || questions < 0) {
            throw new IllegalArgumentException("answered " + answered + " of " + questions + " questions");
        }
    }

    /** The share of the questions answered: 0 for a survey without questions. */
    double answeredShare() {
        return questions == 0 ? 0 : Math.min(1, (double) answered / questions);
    }
}
