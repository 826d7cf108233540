package fi.kuuleva.admin.report.figures;

import io.micronaut.serde.annotation.Serdeable;

/** The attempts with one attempt number: how many, how many were answered and how many completed the survey. */
@Serdeable
public record AttemptRow(String attemptNo, Cell attempts, Cell reached, Cell completed) {
}
