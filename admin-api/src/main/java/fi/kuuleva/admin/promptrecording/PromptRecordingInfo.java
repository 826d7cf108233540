package fi.kuuleva.admin.promptrecording;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A prompt of a survey version that plays an officer's recording instead of synthesized speech. */
@Introspected
@Serdeable
public record PromptRecordingInfo(String promptId, String language, int durationMs, String uploadedBy,
                                  Instant uploadedAt, long uploadedForVersion) {
}
