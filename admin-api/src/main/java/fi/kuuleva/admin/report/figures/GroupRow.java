package fi.kuuleva.admin.report.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One group's answers to a question: {@code n} who answered (absent and {@code suppressed} when hidden) and each
 * value's count. The group is {@code "unknown"} for respondents without that register field; absent for the total.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupRow(String group, Long n, Boolean suppressed, List<ValueCount> answers) {

    /** Whether every entry of the row is published (then sums over it reveal nothing new). */
    public boolean complete() {
        return suppressed == null && answers.stream().allMatch(answer -> answer.suppressed() == null);
    }
}
