package fi.kuuleva.admin.report.population;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kuuleva.admin.report.figures.Cell;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One stratum's population, respondents (answers to the question) and weight: the residents one respondent stands
 * for, {@code population / respondents}; absent when either is missing or the respondents are suppressed.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StratumWeight(String municipality, String ageBand, Long population, Cell respondents, Double weight) {
}
