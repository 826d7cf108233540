package fi.kuuleva.admin.report.population;

import io.micronaut.serde.annotation.Serdeable;

/** One answer value's post-stratified share of a question's answers, with its 95% interval. */
@Serdeable
public record WeightedShare(String value, double share, double ciLow, double ciHigh) {
}
