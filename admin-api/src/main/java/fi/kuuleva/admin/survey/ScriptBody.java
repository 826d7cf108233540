package fi.kuuleva.admin.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A survey script sent by an officer: its text and notation ({@code YAML} when absent). */
@Serdeable
public record ScriptBody(@Nullable String script, @Nullable String format) {
}
