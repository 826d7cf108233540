package fi.kuuleva.admin.survey;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A survey script sent by an officer: its text and notation ({@code YAML} when absent). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record ScriptBody(@Nullable String script, @Nullable String format) {
}
