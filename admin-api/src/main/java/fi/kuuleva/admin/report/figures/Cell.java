package fi.kuuleva.admin.report.figures;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A published count, {@code {"count": n}}, or a suppressed one, {@code {"suppressed": true}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cell(Long count, Boolean suppressed) {

    public static Cell of(long count, boolean hidden) {
        return hidden ? new Cell(null, true) : new Cell(count, null);
    }

    public boolean hidden() {
        return Boolean.TRUE.equals(suppressed);
    }
}
