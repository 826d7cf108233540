package fi.kuuleva.admin.report.population;

import io.micronaut.serde.annotation.Serdeable;

/** The population of one municipality and age band (a stratum). */
@Serdeable
public record PopulationRow(String municipality, String ageBand, long population) {
}
