package fi.kuuleva.admin.preview;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One step of a simulated call: the survey (a script, or a published version), the state the previous step returned
 * (absent to start), the resident's known language and what the resident did.
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
public record SimulationRequest(@Nullable String script, @Nullable String format, @Nullable Long versionId,
                                @Nullable String state, @Nullable String language, @Nullable Input input) {

    /** Exactly one of keys, speech (with its confidence, 1.0 when absent), silence or hang-up. */
    @Serdeable
    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Input(@Nullable String keys, @Nullable String speech, @Nullable Double confidence,
                        @Nullable Boolean silence, @Nullable Boolean hangup) {
    }
}
