package fi.kuuleva.admin.report.document;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** When a version's calls were made (Helsinki dates; null before the first call) and how many were placed. */
record Fieldwork(@Nullable LocalDate first, @Nullable LocalDate last, long calls) {
}
