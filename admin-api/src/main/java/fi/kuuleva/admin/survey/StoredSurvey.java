package fi.kuuleva.admin.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A survey, named by its script's id; its content lives in its published versions. */
@MappedEntity("surveys")
public record StoredSurvey(@Id @GeneratedValue @Nullable Long id, String slug, @DateCreated @Nullable Instant createdAt) {
}
