package fi.kuuleva.admin.respondent.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * The record of one import: who, when, which file (SHA-256), the counts and the problems (JSON lists of
 * {@link ImportLine}, phone numbers taken out).
 */
@MappedEntity("respondent_imports")
public record StoredImport(@Id @GeneratedValue @Nullable Long id, long campaignId, String actor, Instant at,
                           String fileSha256, int fileBytes, boolean dryRun, boolean accepted,
                           @MappedProperty("data_rows") int rows, int imported, int alreadyInCampaign,
                           int leftOutDoNotCall, @Nullable String encoding, @Nullable String delimiter,
                           @TypeDef(type = DataType.JSON) String errors,
                           @TypeDef(type = DataType.JSON) String warnings) {
}
