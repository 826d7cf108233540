package fi.kuuleva.admin.preview;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Which prompt of an unpublished script to hear, in which language. */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record PromptAudioBody(@Nullable String script, @Nullable String format, @Nullable String promptId,
                              @Nullable String language) {
}
