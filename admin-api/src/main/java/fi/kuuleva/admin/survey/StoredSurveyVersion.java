package fi.kuuleva.admin.survey;

import fi.kuuleva.script.SurveyScripts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One published, immutable version of a survey script (the database refuses updates). */
@MappedEntity("survey_versions")
public record StoredSurveyVersion(@Id @GeneratedValue @Nullable Long id, long surveyId, int versionNo, String script,
                            SurveyScripts.Format format, String contentHash, Instant publishedAt,
                            @Nullable String publishedBy) {
}
