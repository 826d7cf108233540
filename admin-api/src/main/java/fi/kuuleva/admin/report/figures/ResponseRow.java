package fi.kuuleva.admin.report.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One group's response: respondents in the version's campaigns and, of them, those called, reached (answered a
 * call), consented, completed, refused and opted out. Each is a {@link Cell}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseRow(String group, Cell respondents, Cell called, Cell reached, Cell consented, Cell completed,
                          Cell refused, Cell optedOut) {
}
