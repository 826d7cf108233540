package fi.kuuleva.admin.report.quality;

import fi.kuuleva.campaign.attempts.AttemptOutcome;
import java.util.List;

/**
 * One sampled respondent as the final-disposition rules see them: their ended attempts (any order), how many
 * questions they answered, how many they were asked without a usable answer, and how many questions the survey has.
 *
 * @param unanswered questions asked on the resident's route and left without a usable answer
 */
public record CaseHistory(List<AttemptFact> attempts, int answered, int unanswered, int questions) {

    public CaseHistory {
        attempts = List.copyOf(attempts);
        if (answered < 0 || unanswered < 0 || questions < 0) {
            throw new IllegalArgumentException("answered " + answered + ", unanswered " + unanswered + " of "
                    + questions + " questions");
        }
    }

    /**
     * The share of the questions answered. A finished survey's route is known, so its share is of the questions the
     * resident was routed to (answered + unanswered; 1 when the route asked none): questions skip routing left out do
     * not count against it. An unfinished survey's route past the break is unknown, so its share is of all the
     * survey's questions (0 for a survey without questions).
     */
    double answeredShare() {
        if (attempts.stream().anyMatch(a -> a.outcome() == AttemptOutcome.COMPLETED)) {
            int routed = answered + unanswered;
            return routed == 0 ? 1 : (double) answered / routed;
        }
        return questions == 0 ? 0 : Math.min(1, (double) answered / questions);
    }
}
