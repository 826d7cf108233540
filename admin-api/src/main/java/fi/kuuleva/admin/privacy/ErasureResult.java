package fi.kuuleva.admin.privacy;

import io.micronaut.serde.annotation.Serdeable;

/** What erasing a number removed: respondent rows de-identified, their answers kept unlinked, recordings deleted. */
@Serdeable
public record ErasureResult(int respondents, long answers, int recordings) {
}
