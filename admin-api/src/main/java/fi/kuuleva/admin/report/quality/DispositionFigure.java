package fi.kuuleva.admin.report.quality;

import fi.kuuleva.admin.report.figures.Cell;
import io.micronaut.serde.annotation.Serdeable;

/** How many sampled respondents ended in one final disposition, e.g. {@code 2.12 BREAK_OFF (REFUSAL)}. */
@Serdeable
public record DispositionFigure(String code, Disposition disposition, DispositionCategory category, Cell count) {
}
