package fi.kuuleva.admin.report.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A question's answers by group and in total, suppression applied. {@code by} is absent for the total only. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Distribution(String questionId, String by, List<GroupRow> groups, GroupRow total) {
}
