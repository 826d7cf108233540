package fi.kuuleva.admin.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A survey and its published versions, titled in its first language. */
@Serdeable
public record SurveyListItem(long id, String slug, String title, List<Version> versions) {

    @Serdeable
    public record Version(long id, int versionNo, Instant publishedAt, @Nullable String publishedBy) {
    }
}
