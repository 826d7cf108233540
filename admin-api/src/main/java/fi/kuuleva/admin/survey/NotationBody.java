package fi.kuuleva.admin.survey;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A script to rewrite: its text, its notation ({@code YAML} when absent) and the notation wanted ({@code to}). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record NotationBody(@Nullable String script, @Nullable String format, @Nullable String to) {
}
