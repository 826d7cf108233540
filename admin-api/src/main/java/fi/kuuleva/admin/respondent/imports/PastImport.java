package fi.kuuleva.admin.respondent.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** An earlier import as kept: its report without phone numbers, who ran it, when, and which file (SHA-256). */
@Serdeable
public record PastImport(long importId, Instant at, String actor, String fileSha256, int fileBytes, boolean accepted,
                         boolean dryRun, int rows, int imported, int alreadyInCampaign, int leftOutDoNotCall,
                         @Nullable String encoding, @Nullable String delimiter, List<ImportLine> errors,
                         List<ImportLine> warnings) {
}
