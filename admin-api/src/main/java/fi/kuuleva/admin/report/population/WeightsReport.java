package fi.kuuleva.admin.report.population;

import fi.kuuleva.admin.report.figures.Cell;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Post-stratification weights of a version, from the answers to one question (by default the first counted). */
@Serdeable
public record WeightsReport(String questionId, long population, Cell respondents, List<StratumWeight> strata) {
}
