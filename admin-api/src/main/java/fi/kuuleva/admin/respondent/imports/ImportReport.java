package fi.kuuleva.admin.respondent.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What an import did, for the officer: accepted or refused (then nothing was stored), the data rows read, the
 * respondents added ({@code imported}; on a dry run, those that would be added), those the campaign already had, the
 * rows left out because the number is on the do-not-call list, how the file was read, and every error and warning.
 */
@Serdeable
public record ImportReport(long importId, long campaignId, boolean accepted, boolean dryRun, int rows, int imported,
                           int alreadyInCampaign, int leftOutDoNotCall, @Nullable String encoding,
                           @Nullable String delimiter, List<ImportLine> errors, List<ImportLine> warnings) {
    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The same report with anything that looks like a phone number, even a masked one, taken out of its lines. */
    public ImportReport withoutNumbers() {
        return new ImportReport(importId, campaignId, accepted, dryRun, rows, imported, alreadyInCampaign,
                leftOutDoNotCall, encoding, delimiter, errors.stream().map(ImportLine::withoutNumbers).toList(),
                warnings.stream().map(ImportLine::withoutNumbers).toList());
    }
}
