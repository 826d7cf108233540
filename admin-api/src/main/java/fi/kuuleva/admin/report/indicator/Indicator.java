package fi.kuuleva.admin.report.indicator;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** An analyst's indicator: the share of a question's answers that are one of {@code values}. */
@Serdeable
public record Indicator(long id, long versionId, String name, String questionId, List<String> values,
                        String createdBy, Instant createdAt) {
}
