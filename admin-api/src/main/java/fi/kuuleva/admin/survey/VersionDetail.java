package fi.kuuleva.admin.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A published version with its script and every prompt a call can play, per language (normal rate). */
@Serdeable
public record VersionDetail(long id, long surveyId, String slug, int versionNo, String format, String script,
                            Instant publishedAt, @Nullable String publishedBy, List<String> languages,
                            List<PromptText> prompts) {

    @Serdeable
    public record PromptText(String id, String language, String text) {
    }
}
