package fi.kuuleva.admin.report.indicator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fi.kuuleva.admin.api.ProblemError;
import fi.kuuleva.survey.NumberQuestion;
import fi.kuuleva.survey.OpenQuestion;
import fi.kuuleva.survey.Question;
import fi.kuuleva.survey.Survey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A new indicator as posted: {@code {"name", "questionId", "values": ["4", "5"]}}. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record IndicatorRequest(@Nullable String name, @Nullable String questionId, @Nullable List<String> values) {

    /** Every problem with the request against the version's survey, with its JSON path. Pure. */
    public List<ProblemError> problems(Survey survey) {
        List<ProblemError> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(ProblemError.at("$.name", "a name of 1 to 200 characters is required"));
        }
        Optional<Question> question = questionId == null ? Optional.empty() : survey.question(questionId);
        if (question.isEmpty()) {
            problems.add(ProblemError.at("$.questionId", "no question '" + questionId + "' in survey " + survey.id()));
        } else if (question.get() instanceof OpenQuestion) {
            problems.add(ProblemError.at("$.questionId", "'" + questionId + "' is an open question: not counted"));
        }
        if (values == null || values.isEmpty()) {
            problems.add(ProblemError.at("$.values", "at least one answer value is required"));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (!seen.add(String.valueOf(value))) {
                problems.add(ProblemError.at("$.values[" + i + "]", "'" + value + "' is listed twice"));
            } else if (question.isPresent() && !question.get().answerValues().isEmpty()
                    && !question.get().answerValues().contains(value)) {
                problems.add(ProblemError.at("$.values[" + i + "]", "'" + value + "' is not an answer to '" + questionId
                        + "' (one of " + question.get().answerValues() + ")"));
            } else if (question.isPresent() && question.get() instanceof NumberQuestion number
                    && !inRange(value, number)) {
                problems.add(ProblemError.at("$.values[" + i + "]", "'" + value + "' is not a whole number from "
                        + number.min() + " to " + number.max()));
            }
        }
        return problems;
    }

    private static boolean inRange(String value, NumberQuestion question) {
        try {
            int n = Integer.parseInt(value);
            return n >= question.min() && n <= question.max();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
