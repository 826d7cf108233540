package fi.kuuleva.admin.respondent;

import fi.kuuleva.survey.Language;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * One person to call in one campaign; the number is null once erased (on request or by retention).
 *
 * @param attempts      attempts claimed so far (raised when an attempt is claimed, never when it ends)
 * @param nextAttemptAt not called before this instant
 * @param lastOutcome   the outcome of the latest ended attempt
 */
@MappedEntity("respondents")
public record StoredRespondent(@Id @GeneratedValue @Nullable Long id, long campaignId, @Nullable String phoneE164,
                         @Nullable @TypeDef(type = DataType.STRING, converter = LanguageCodeConverter.class)
                         Language language,
                         @Nullable String municipality, @Nullable String ageBand, @Nullable Integer birthYear,
                         @Nullable String externalRef, RespondentStatus status, int attempts, Instant nextAttemptAt,
                         @Nullable String lastOutcome, @DateCreated @Nullable Instant createdAt) {

    /** A respondent to be called from {@code from} on. */
    public static StoredRespondent pending(long campaignId, String phoneE164, @Nullable Language language,
                                     @Nullable String municipality, @Nullable String ageBand,
                                     @Nullable Integer birthYear, @Nullable String externalRef, Instant from) {
        return new StoredRespondent(null, campaignId, phoneE164, language, municipality, ageBand, birthYear, externalRef,
                RespondentStatus.PENDING, 0, from, null, null);
    }
}
