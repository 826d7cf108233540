package fi.kuuleva.admin.report.rounds;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A question's chosen answers compared across the rounds (survey versions) an analyst picked, in their order. */
@Serdeable
public record RoundComparison(String questionId, List<String> values, String by, List<RoundFigure> figures) {
}
