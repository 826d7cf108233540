package fi.kuuleva.admin.preview;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What one simulated step said and did, what it waits for, and the state to send with the next step. */
@Serdeable
public record SimulationResult(List<Line> lines, @Nullable Awaiting awaiting, boolean ended, @Nullable String outcome,
                               String state) {

    /** A prompt said, an answer recorded or another event; prompts carry their id and language. */
    @Serdeable
    public record Line(String kind, String text, @Nullable String promptId, @Nullable String language) {
    }

    /** {@code keys}, {@code speech} (keys work too) or {@code recording}; maxDigits for a number. */
    @Serdeable
    public record Awaiting(String kind, @Nullable Integer maxDigits) {
    }
}
